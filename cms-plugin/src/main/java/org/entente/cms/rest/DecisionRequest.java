package org.entente.cms.rest;

/**
 * The body of {@code POST /api/v1/articles/{id}/tags/{tagId}/decision}.
 *
 * @param decision {@code accept} or {@code reject}
 */
public record DecisionRequest(String decision) {
}
