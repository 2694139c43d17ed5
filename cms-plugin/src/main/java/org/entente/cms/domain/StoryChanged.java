package org.entente.cms.domain;

/**
 * Fired (synchronously, after the transaction committed) when a stored story changed.
 *
 * @param storyId the CMS's id of the story
 * @param kind    what changed
 */
public record StoryChanged(String storyId, Kind kind) {
    /** What changed. */
    public enum Kind {
        /** Created or analysed again. */
        SAVED,
        /** An editor accepted or rejected one of its tags. */
        DECIDED,
        /** Deleted with everything recorded about it. */
        DELETED
    }
}
