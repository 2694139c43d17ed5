package org.entente.cms.related;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A story's text as its most frequent words (four to {@value #LONGEST_WORD} letters), for cosine similarity. Keeping
 * only the top {@value #SIZE} words makes every story's vector small and of bounded size, so
 * thousands of candidates can be compared per request; the words are kept sorted so two vectors
 * meet in one merge.
 */
public final class Terms {
    /** The words kept per story. */
    public static final int SIZE = 64;
    /** Longer "words" are markup or glued text, not vocabulary; the bound also bounds the encoded form. */
    static final int LONGEST_WORD = 40;
    private static final Terms EMPTY = new Terms(new String[0], new int[0]);

    private final String[] words;
    private final int[] counts;
    private final double length;

    private Terms(String[] words, int[] counts) {
        this.words = words;
        this.counts = counts;
        double squares = 0;
        for (int c : counts) {
            squares += c * (double) c;
        }
        this.length = Math.sqrt(squares);
    }

    /** The vector of {@code text}. */
    public static Terms of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.length() >= 4 && word.length() <= LONGEST_WORD) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return top(counts);
    }

    /**
     * Reads {@link #encode()}'s form back; unknown or empty input is the empty vector.
     *
     * @throws IllegalArgumentException if a count is not a number
     */
    public static Terms decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return EMPTY;
        }
        String[] parts = encoded.strip().split(" ");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            counts.put(parts[i], Integer.parseInt(parts[i + 1]));
        }
        return top(counts);
    }

    private static Terms top(Map<String, Integer> counts) {
        Map.Entry<String, Integer>[] entries = sorted(counts);
        int n = Math.min(SIZE, entries.length);
        Map.Entry<String, Integer>[] kept = Arrays.copyOf(entries, n);
        Arrays.sort(kept, Map.Entry.comparingByKey());
        String[] words = new String[n];
        int[] keptCounts = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = kept[i].getKey().intern(); // shared across stories: the index holds many
            keptCounts[i] = kept[i].getValue();
        }
        return n == 0 ? EMPTY : new Terms(words, keptCounts);
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<String, Integer>[] sorted(Map<String, Integer> counts) {
        Map.Entry<String, Integer>[] entries = counts.entrySet().toArray(new Map.Entry[0]);
        // Most frequent first; ties by word, so the same text always keeps the same words.
        Arrays.sort(entries, Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries;
    }

    /** "word count word count ...": what a story stores to rebuild its vector. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            out.append(i == 0 ? "" : " ").append(words[i]).append(' ').append(counts[i]);
        }
        return out.toString();
    }

    /** The cosine of the two vectors, from 0 (no word shared) to 1. */
    public double cosine(Terms other) {
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < words.length && j < other.words.length) {
            int c = words[i].compareTo(other.words[j]);
            if (c == 0) {
                dot += counts[i++] * (double) other.counts[j++];
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : Math.min(1, dot / (length * other.length));
    }
}
