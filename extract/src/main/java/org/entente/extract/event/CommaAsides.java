package org.entente.extract.event;

import org.entente.extract.text.Sentence;

/**
 * Comma-delimited asides: a stretch of {@value #MIN_WORDS} to {@value #MAX_WORDS} words between two
 * commas inside a sentence ("restore, it seems, full ties with Gondor") is read past when a pattern's
 * roles are looked for, so the verb keeps the object beyond it. In PETRARCH 2's parse such an aside
 * is a parenthetical, neither the verb's object nor an actor; the bounds are TABARI's defaults for
 * the internal comma clauses it deleted. A longer stretch is a clause of its own and still ends the
 * search. Stateless.
 */
final class CommaAsides {
    /** The fewest words of an aside (TABARI's {@code comma_min}). */
    static final int MIN_WORDS = 2;
    /** The most words of an aside (TABARI's {@code comma_max}). */
    static final int MAX_WORDS = 8;

    private CommaAsides() {
    }

    /** For each token of {@code s}, whether it belongs to an aside, its two commas included. */
    static boolean[] asides(Sentence s) {
        boolean[] aside = new boolean[s.size()];
        for (int k = 0; k < s.size(); k++) {
            int close = s.lower(k).equals(",") ? closingComma(s, k) : -1;
            if (close > 0) {
                for (int j = k; j <= close; j++) {
                    aside[j] = true;
                }
                k = close - 1; // the closing comma may open the next aside
            }
        }
        return aside;
    }

    /**
     * Whether token {@code k} is a comma that ends the phrase around it: not one of an aside's
     * ({@code aside} from {@link #asides}), nor one between adjectives ("complete, full ties").
     */
    static boolean endsPhrase(Sentence s, int k, boolean[] aside) {
        return s.lower(k).equals(",") && !aside[k] && !(k > 0 && "ADJ".equals(s.token(k - 1).tag())
                && k + 1 < s.size() && "ADJ".equals(s.token(k + 1).tag()));
    }

    /** If the comma at {@code comma} opens an aside, the index of the comma that closes it; otherwise -1. */
    private static int closingComma(Sentence s, int comma) {
        for (int k = comma + 1; k < s.size() && k - comma - 1 <= MAX_WORDS; k++) {
            if (s.lower(k).equals(",")) {
                return k - comma - 1 >= MIN_WORDS ? k : -1;
            }
        }
        return -1;
    }
}
