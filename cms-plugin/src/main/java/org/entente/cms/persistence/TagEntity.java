package org.entente.cms.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.entente.cms.domain.TagStatus;

/** A tag suggested for, or applied to, a story. */
@Entity
@Table(name = "ENTENTE_TAG", uniqueConstraints = @UniqueConstraint(columnNames = {"storyId", "tagId"}),
        indexes = @Index(columnList = "tagId"))
public class TagEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag")
    @SequenceGenerator(name = "tag", sequenceName = "ENTENTE_TAG_SEQ", allocationSize = 50) // as created in V1
    public Long pk;

    @Column(length = 200, nullable = false)
    public String storyId;

    @Column(length = 300, nullable = false)
    public String tagId;

    @Column(length = 20)
    public String kind;

    @Column(length = 300)
    public String label;

    public double relevance;

    public double confidence;

    /** SUGGESTED, APPLIED or ACCEPTED: a rejected tag is deleted. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public TagStatus status;
}
