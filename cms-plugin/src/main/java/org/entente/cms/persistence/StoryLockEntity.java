package org.entente.cms.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A story write lock: one of the rows migration 5 made, one per bucket of story ids. A write holds
 * its story's bucket for the length of its transaction ({@link StoryRepository#writing}).
 */
@Entity
@Table(name = "ENTENTE_STORY_LOCK")
public class StoryLockEntity {
    @Id
    public int bucket;
}
