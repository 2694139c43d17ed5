package org.entente.cms.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the WordPress connector knows of one post: the version seen, the terms it wrote, and failures to retry. */
@Entity
@Table(name = "ENTENTE_WP_POST", indexes = {@Index(columnList = "seenModified"), @Index(columnList = "retryAt")})
public class WordPressPostEntity {
    @Id
    public long postId;

    /** The post's modified_gmt when last listed or pushed; the next poll asks for changes after the latest. */
    @Convert(converter = UtcInstant.class)
    public Instant seenModified;

    /** {@code Post.version()} of the post as last synced, with the tags written back; null before the first sync. */
    @Column(length = 64)
    public String syncedVersion;

    /** The WordPress terms Entente added to the post, one "termId tagId" per line. */
    @Column(length = 8000)
    public String written;

    /** Failed attempts in a row; zero when the last sync worked. */
    public int failures;

    /** When to try again after a failure; null when nothing is pending. */
    @Convert(converter = UtcInstant.class)
    public Instant retryAt;

    @Column(length = 1000)
    public String lastError;
}
