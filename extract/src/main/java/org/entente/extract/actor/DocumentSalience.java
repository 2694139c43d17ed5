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

    /** The most mentioned of {@code candidates}, or null if the article names none of them. */
    public String choose(List<String> candidates) {
        String best = null;
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
