package org.entente.cms.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A story under the CMS's own id, with its last analysis (as JSON) and an optimistic-lock version. */
@Entity
@Table(name = "ENTENTE_STORY")
public class StoryEntity {
    @Id
    @Column(length = 200)
    public String id;

    @Version
    public long version;

    @Column(length = 1000)
    public String title;

    @Column(length = 2000)
    public String url;

    public LocalDate published;

    public boolean html;

    @Lob
    @Column(name = "BODY")
    public String body;

    /** SHA-256 of what was analysed: the same PUT twice changes nothing. */
    @Column(length = 64)
    public String contentHash;

    @Lob
    public String extractionJson;

    public Instant analyzedAt;
}
