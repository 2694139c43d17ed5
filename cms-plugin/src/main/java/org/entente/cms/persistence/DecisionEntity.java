package org.entente.cms.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.entente.cms.domain.Decision;

/** An editor's decision on a tag of a story; kept apart from the tags so re-analysis never loses it. */
@Entity
@Table(name = "ENTENTE_DECISION", uniqueConstraints = @UniqueConstraint(columnNames = {"storyId", "tagId"}))
public class DecisionEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision")
    @SequenceGenerator(name = "decision", sequenceName = "ENTENTE_DECISION_SEQ", allocationSize = 50) // as created in V1
    public Long pk;

    @Column(length = 200, nullable = false)
    public String storyId;

    @Column(length = 300, nullable = false)
    public String tagId;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    public Decision decision;

    @Convert(converter = UtcInstant.class)
    public Instant decidedAt;
}
