package org.entente.extract.actor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often an article names each country, counted before actors are resolved, so that a demonym
 * two countries share ("Korean") can mean the one the article is about.
 */
public final class DocumentSalience {
    private final Map<String, Integer> counts = new HashMap<>();

    /** Counts one more mention of {@code country}. */
    public void count(String country) {
        counts.merge(country, 1, Integer::sum);
    }

    /** The most mentioned of {@code candidates}, or the first of them if the article names none; null only for none. */
    public String choose(List<String> candidates) {
        // with no evidence, the reading listed first: the one news means most often ("Congo": DR Congo)
        String best = candidates.isEmpty() ? null : candidates.get(0);
        int bestCount = 0;
        for (String candidate : candidates) {
            int count = counts.getOrDefault(candidate, 0);
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
