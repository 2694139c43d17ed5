package org.entente.cms.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Extraction;

/**
 * A stored story with its analysis and its tags (rejected tags are not among them).
 *
 * @param id         the CMS's id of the story
 * @param version    incremented on every change
 * @param title      the headline given or found
 * @param url        the story's URL, if given
 * @param published  the publication date given or found
 * @param analyzedAt when the current analysis was made
 * @param extraction the events, tags and main event
 * @param tags       the tags with their editorial status
 */
public record StoryView(String id, long version, String title, String url, LocalDate published, Instant analyzedAt,
                        Extraction extraction, List<TagView> tags) {
}
