package org.entente.extract.event;

import java.util.List;
import org.entente.extract.text.Sentence;

/**
 * Phrases that cancel coding, as in PETRARCH's discard dictionaries: a sentence holding a
 * sentence-level phrase ("BASEBALL") codes no event, and an article holding a story-level one
 * ("+TYPHOON") codes none at all. Phrases match whole tokens, ignoring case. Immutable.
 *
 * @param sentence the sentence-level phrases, each a lower-case token sequence
 * @param story    the story-level phrases
 */
public record Discards(List<List<String>> sentence, List<List<String>> story) {
    /** No discards. */
    public static final Discards NONE = new Discards(List.of(), List.of());

    /** Compact canonical constructor: copies the phrases. */
    public Discards {
        sentence = sentence.stream().map(List::copyOf).toList();
        story = story.stream().map(List::copyOf).toList();
    }

    /** Whether {@code s} holds a sentence-level phrase. */
    public boolean discardsSentence(Sentence s) {
        return holds(s, sentence);
    }

    /** Whether {@code s} holds a story-level phrase, which discards its whole article. */
    public boolean discardsStory(Sentence s) {
        return holds(s, story);
    }

    private static boolean holds(Sentence s, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= s.size(); i++) {
                if (PatternMatcher.matchesAt(s, i, phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
