package org.entente.extract.syntax;

import java.util.List;

/**
 * The noun phrases and verb groups of one sentence, each in text order. Noun phrases do not
 * overlap one another, nor do verb groups; a contraction ("They'll") may start both.
 *
 * @param nounPhrases the outermost noun phrases (their possessors, appositions and conjuncts nested)
 * @param verbGroups  the verb groups
 * @since 0.2
 */
public record Phrases(List<NounPhrase> nounPhrases, List<VerbGroup> verbGroups) {
    /** Compact canonical constructor: copies the lists. */
    public Phrases {
        nounPhrases = List.copyOf(nounPhrases);
        verbGroups = List.copyOf(verbGroups);
    }

    /** The outermost noun phrase containing token {@code i}, or null. */
    public NounPhrase nounPhraseAt(int i) {
        return nounPhrases.stream().filter(p -> p.contains(i)).findFirst().orElse(null);
    }

    /** The verb group containing token {@code i}, or null. */
    public VerbGroup verbGroupAt(int i) {
        return verbGroups.stream().filter(g -> g.contains(i)).findFirst().orElse(null);
    }

    /** The verb group starting at token {@code i}, or null. */
    VerbGroup verbGroupStartingAt(int i) {
        return verbGroups.stream().filter(g -> g.start() == i).findFirst().orElse(null);
    }

    /** The noun phrase starting at token {@code i}, or null. */
    NounPhrase nounPhraseStartingAt(int i) {
        return nounPhrases.stream().filter(p -> p.start() == i).findFirst().orElse(null);
    }
}
