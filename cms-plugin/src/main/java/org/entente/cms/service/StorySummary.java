package org.entente.cms.service;

/**
 * A stored story in a list.
 *
 * @param id    the CMS's id of the story
 * @param title its headline, or null
 */
public record StorySummary(String id, String title) {
}
