package org.entente.cms.rest;

/**
 * The body of {@code POST /api/v1/articles/{id}/decisions}, and of
 * {@code POST /api/v1/articles/{id}/tags/{tagId}/decision} (without the tag).
 *
 * @param tag      the tag's id ({@code country:KOR}); only in the first form
 * @param decision {@code accept} or {@code reject}
 */
public record DecisionRequest(String tag, String decision) {
}
