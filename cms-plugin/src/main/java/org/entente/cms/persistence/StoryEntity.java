package org.entente.cms.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A story under the CMS's own id: what the CMS sent, its last analysis (as JSON; both compressed),
 * the few facts related coverage compares, and an optimistic-lock version.
 */
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

    /**
     * The text or HTML as the CMS sent it, so stories can be analysed again without the CMS. Bytes,
     * not a {@code @Lob}: providers map large objects differently (PostgreSQL's oid or bytea).
     */
    @Convert(converter = Gzip.class)
    @Column(name = "BODY_GZ")
    public String body;

    /** SHA-256 of what was analysed: the same PUT twice changes nothing. */
    @Column(length = 64)
    public String contentHash;

    @Convert(converter = Gzip.class)
    @Column(name = "EXTRACTION_GZ")
    public String extractionJson;

    /** The main event's PLOVER type, if the story has a main event. */
    @Column(length = 20)
    public String mainEventType;

    /** The main event's countries and organisations, sorted and space-separated ("CHN KOR"). */
    @Column(length = 200)
    public String mainEventParticipants;

    public LocalDate mainEventDate;

    /** The ISO code of the country the main event happened in. */
    @Column(length = 3)
    public String mainEventPlace;

    /** The story's most frequent words with their counts ("summit 7 trade 5 ..."). */
    @Column(length = 4000)
    public String terms;

    @Convert(converter = UtcInstant.class)
    public Instant analyzedAt;
}
