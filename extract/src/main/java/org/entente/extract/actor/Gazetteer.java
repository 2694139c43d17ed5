package org.entente.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.text.Sentence;

/**
 * A phrase dictionary over tokens: finds the longest known phrase starting at a token. Proper names
 * match exactly, common nouns and titles ignoring case. Immutable and thread-safe once built; a
 * look-up costs one hash probe per candidate first token.
 */
public final class Gazetteer {
    /** Phrases longer than this many tokens are never tried, which bounds the cost of a look-up. */
    static final int MAX_PHRASE_TOKENS = 8;

    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Map<String, List<Entry>> folded = new HashMap<>();
    private final boolean coded;

    /** A gazetteer of {@code entries}; an entry of more than {@link #MAX_PHRASE_TOKENS} tokens is ignored. */
    public Gazetteer(Collection<Entry> entries) {
        boolean anyCode = false;
        for (Entry entry : entries) {
            anyCode |= entry.code() != null;
            if (entry.tokens().isEmpty() || entry.tokens().size() > MAX_PHRASE_TOKENS) {
                continue;
            }
            Map<String, List<Entry>> index = entry.caseSensitive() ? exact : folded;
            index.computeIfAbsent(entry.tokens().get(0), k -> new ArrayList<>()).add(entry);
        }
        this.coded = anyCode;
    }

    /** Whether some entry carries a PETRARCH dictionary's code ({@link Entry#code()}). */
    public boolean hasDictionaryCodes() {
        return coded;
    }

    /** A match: the entries for the longest phrase at a position and its length in tokens. */
    public record Match(List<Entry> entries, int length) {
    }

    /**
     * The longest phrase starting at token {@code i} of {@code sentence}, among entries valid on
     * {@code date}; null if none. Several entries can share a phrase ("Georgia" the country and a
     * place): all are returned, exact-case ones first.
     */
    public Match longestAt(Sentence sentence, int i, LocalDate date) {
        return longestAt(sentence, i, date, MAX_PHRASE_TOKENS);
    }

    /** Like {@link #longestAt(Sentence, int, LocalDate)}, among phrases of at most {@code maxTokens} tokens. */
    public Match longestAt(Sentence sentence, int i, LocalDate date, int maxTokens) {
        Match best = null;
        best = better(best, candidates(exact.get(sentence.token(i).text()), sentence, i, true, date, maxTokens));
        best = better(best, candidates(folded.get(sentence.token(i).lower()), sentence, i, false, date, maxTokens));
        return best;
    }

    private static Match better(Match a, Match b) {
        if (b == null) {
            return a;
        }
        if (a == null || b.length() > a.length()) {
            return b;
        }
        if (b.length() == a.length()) {
            List<Entry> both = new ArrayList<>(a.entries());
            both.addAll(b.entries());
            return new Match(both, a.length());
        }
        return a;
    }

    private static Match candidates(List<Entry> entries, Sentence sentence, int i, boolean caseSensitive, LocalDate date,
                                    int maxTokens) {
        if (entries == null) {
            return null;
        }
        int bestLength = 0;
        List<Entry> best = new ArrayList<>();
        for (Entry entry : entries) {
            int n = entry.tokens().size();
            if (n < bestLength || n > maxTokens || i + n > sentence.size() || !entry.validOn(date)) {
                continue;
            }
            boolean matches = true;
            for (int k = 1; k < n && matches; k++) {
                String token = caseSensitive ? sentence.token(i + k).text() : sentence.token(i + k).lower();
                matches = token.equals(entry.tokens().get(k));
            }
            if (matches) {
                if (n > bestLength) {
                    best.clear();
                    bestLength = n;
                }
                best.add(entry);
            }
        }
        return best.isEmpty() ? null : new Match(List.copyOf(best), bestLength);
    }
}
