package org.entente.extract.syntax;

import java.util.List;
import java.util.Objects;

/**
 * A noun phrase of one sentence: tokens {@code [start, end)} around a head noun, name, number or
 * pronoun. A phrase may hold others: the possessor before "'s" or a possessive pronoun ("China's
 * coast guard", "their envoys"), an apposition after a comma ("Chad's spokesman, Ali Ahmat"), or the
 * conjuncts of a list ("Egypt, Sudan and Ethiopia", whose head is the first conjunct's).
 *
 * @param start       the first token
 * @param end         the token just past the phrase
 * @param head        the head token, inside the phrase
 * @param modifiers   the tokens before the head that modify it (determiners, adjectives, numbers,
 *                    nouns of a compound), in order; empty for a list
 * @param possessor   the phrase that owns this one, at its start; null if none
 * @param apposition  the phrase after a comma that renames this one, at its end; null if none
 * @param conjuncts   the phrases of a list, in order; empty unless this phrase is one
 * @since 0.2
 */
public record NounPhrase(int start, int end, int head, List<Integer> modifiers, NounPhrase possessor,
                         NounPhrase apposition, List<NounPhrase> conjuncts) {

    /** Compact canonical constructor: checks that the head and the parts lie inside the phrase. */
    public NounPhrase {
        if (start < 0 || end <= start || head < start || head >= end) {
            throw new IllegalArgumentException("head " + head + " outside [" + start + ", " + end + ")");
        }
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "modifiers"));
        conjuncts = List.copyOf(Objects.requireNonNull(conjuncts, "conjuncts"));
        for (NounPhrase part : parts(possessor, apposition, conjuncts)) {
            if (part.start < start || part.end > end) {
                throw new IllegalArgumentException("part [" + part.start + ", " + part.end + ") outside [" + start + ", " + end + ")");
            }
        }
    }

    /** A phrase of one head with its modifiers and nothing nested. */
    public static NounPhrase simple(int start, int end, int head, List<Integer> modifiers) {
        return new NounPhrase(start, end, head, modifiers, null, null, List.of());
    }

    /** This phrase owned by {@code owner}, which stands before it. */
    NounPhrase ownedBy(NounPhrase owner) {
        return new NounPhrase(owner.start, end, head, modifiers, owner, apposition, conjuncts);
    }

    /** This phrase renamed by {@code other}, which follows it after a comma. */
    NounPhrase renamedBy(NounPhrase other) {
        return new NounPhrase(start, other.end, head, modifiers, possessor, other, conjuncts);
    }

    /** The list of {@code items} (two or more). */
    static NounPhrase list(List<NounPhrase> items) {
        NounPhrase first = items.get(0);
        return new NounPhrase(first.start, items.get(items.size() - 1).end, first.head, List.of(), null, null, items);
    }

    /** Whether the phrase is a list of conjuncts. */
    public boolean isList() {
        return !conjuncts.isEmpty();
    }

    /** Whether token {@code i} is inside the phrase. */
    public boolean contains(int i) {
        return i >= start && i < end;
    }

    /** The heads this phrase names: each conjunct's for a list, else its own. */
    public List<Integer> heads() {
        return isList() ? conjuncts.stream().flatMap(c -> c.heads().stream()).toList() : List.of(head);
    }

    private static List<NounPhrase> parts(NounPhrase possessor, NounPhrase apposition, List<NounPhrase> conjuncts) {
        List<NounPhrase> parts = new java.util.ArrayList<>(conjuncts);
        if (possessor != null) {
            parts.add(possessor);
        }
        if (apposition != null) {
            parts.add(apposition);
        }
        return parts;
    }
}
