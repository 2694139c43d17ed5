package org.entente.cms.persistence;

/**
 * Fired (synchronously, after the transaction committed) when a story was created, changed, had a
 * tag decided, or was deleted.
 *
 * @param storyId the CMS's id of the story
 */
public record StoryChanged(String storyId) {
}
