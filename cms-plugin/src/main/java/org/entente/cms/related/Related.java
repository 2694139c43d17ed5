package org.entente.cms.related;

import java.util.List;

/**
 * A story related to another, with why.
 *
 * @param storyId the related story's id
 * @param title   its headline
 * @param score   how related, higher is closer
 * @param reasons what the two share: "same event (CONSULT CHN-KOR)", "dates within a week", ...
 */
public record Related(String storyId, String title, double score, List<String> reasons) {
}
