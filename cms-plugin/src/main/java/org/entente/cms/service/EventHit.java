package org.entente.cms.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A coded event found by a query, with the story it comes from.
 *
 * @param storyId      the story's id
 * @param eventId      the event's id within the story
 * @param type         the PLOVER type
 * @param cameo        the CAMEO code
 * @param participants the countries and organisations taking part
 * @param date         the event's date, or null
 * @param modality     ASSERTED, FUTURE, HYPOTHETICAL or NEGATED
 */
public record EventHit(String storyId, String eventId, String type, String cameo, List<String> participants, LocalDate date,
                       String modality) {
}
