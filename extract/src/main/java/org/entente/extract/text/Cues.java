package org.entente.extract.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The cue words of each {@link Cue}, read from the knowledge files. Immutable. */
public final class Cues {
    private final Map<Cue, Set<String>> words;

    /** The cues of {@code words}, by kind; a kind missing from the map has no words. */
    public Cues(Map<Cue, Set<String>> words) {
        Map<Cue, Set<String>> copy = new EnumMap<>(Cue.class);
        words.forEach((cue, set) -> copy.put(cue, Set.copyOf(set)));
        this.words = copy;
    }

    /** Whether the lower-case {@code word} is a cue of kind {@code cue}. */
    public boolean is(Cue cue, String word) {
        Set<String> set = words.get(cue);
        return set != null && set.contains(word);
    }
}
