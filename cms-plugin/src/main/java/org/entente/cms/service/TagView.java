package org.entente.cms.service;

import org.entente.cms.domain.TagStatus;

/**
 * A story's tag as editors see it.
 *
 * @param id         the stable tag id ({@code country:KOR})
 * @param kind       COUNTRY, PERSON, ORGANIZATION, PLACE, EVENT_TYPE or TOPIC
 * @param label      the display label
 * @param relevance  how central the tag is, 0 to 1
 * @param confidence how sure Entente is, 0 to 1
 * @param status     SUGGESTED (waiting for an editor), APPLIED (auto-apply mode), ACCEPTED, or REJECTED in the answer to a rejection
 */
public record TagView(String id, String kind, String label, double relevance, double confidence, TagStatus status) {
}
