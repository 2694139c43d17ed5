package org.entente.cms.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One coded event of a story, with the columns events are queried by (actor codes are space-separated). */
@Entity
@Table(name = "ENTENTE_EVENT", indexes = {@Index(columnList = "storyId"), @Index(columnList = "type"), @Index(columnList = "eventDate")})
public class EventEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event")
    @SequenceGenerator(name = "event", sequenceName = "ENTENTE_EVENT_SEQ", allocationSize = 50) // as created in V1
    public Long pk;

    @Column(length = 200, nullable = false)
    public String storyId;

    @Column(length = 20)
    public String eventId;

    @Column(length = 20)
    public String type;

    @Column(length = 8)
    public String cameo;

    /** " KOR CHN " style: every participant's country or organisation code, padded for LIKE queries. */
    @Column(length = 500)
    public String participants;

    public LocalDate eventDate;

    @Column(length = 20)
    public String modality;
}
