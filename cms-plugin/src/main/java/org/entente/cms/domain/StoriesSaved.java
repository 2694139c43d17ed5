package org.entente.cms.domain;

import java.util.List;

/**
 * Fired (synchronously, after the transaction committed) when a bulk ingest stored several stories
 * at once; observers may refresh them together rather than one {@link StoryChanged} at a time.
 *
 * @param storyIds the CMS's ids of the stories created or analysed again
 */
public record StoriesSaved(List<String> storyIds) {
    public StoriesSaved {
        storyIds = List.copyOf(storyIds);
    }
}
