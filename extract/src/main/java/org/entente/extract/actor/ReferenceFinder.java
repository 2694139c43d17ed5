package org.entente.extract.actor;

import java.util.List;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.NumberWords;
import org.entente.extract.text.Sentence;

/**
 * References that name no actor themselves: pronouns ("he", "they") and counted pairs ("both
 * nations", "the three countries"). They are left unresolved, with their words, for the later
 * stage that knows the discourse; a pronoun that starts a title phrase ("his Turkish counterpart,
 * Hakan Fidan") is a person instead.
 */
final class ReferenceFinder {
    private final MentionContext context;
    private final PersonFinder persons;

    ReferenceFinder(MentionContext context, PersonFinder persons) {
        this.context = context;
        this.persons = persons;
    }

    /** Whether the word at token {@code i} is a pronoun, which {@link #pronounAt} reads. */
    boolean isPronoun(Sentence s, int i) {
        return context.cues.is(Cue.PRONOUN, s.lower(i));
    }

    /** The person or pronoun mention at a pronoun at token {@code i}; returns the token after it. */
    int pronounAt(Sentence s, int i, List<ActorMention> out) {
        int person = persons.personAt(s, i, out); // "his Turkish counterpart, Hakan Fidan" is a person
        if (person > i) {
            return person;
        }
        String lower = s.lower(i);
        out.add(new ActorMention(i, i + 1, Kind.PRONOUN, null, null, null, false, false, lower));
        return i + 1;
    }

    /** The pair mention starting at token {@code i}, if any; returns the token after it, or {@code i}. */
    int pairAt(Sentence s, int i, List<ActorMention> out) {
        if (context.cues.is(Cue.PAIR_OPENER, s.lower(i))) {
            int len = pairLength(s, i);
            if (len > 0) {
                out.add(new ActorMention(i, i + len, Kind.PAIR, null, null, null, false, false, s.text(i, i + len).toLowerCase()));
                return i + len;
            }
        }
        return i;
    }

    /** "both nations", "the two leaders", "the three countries", "all four governments": returns its length in tokens, or 0. */
    private int pairLength(Sentence s, int i) {
        boolean counted = s.lower(i).equals("the") || s.lower(i).equals("all");
        int head = s.lower(i).equals("both") ? i + 1
                : counted && NumberWords.valueOf(s.lower(i + 1)) >= 2 ? i + 2 : -1;
        if (head < 0) {
            return 0;
        }
        if (!context.cues.is(Cue.PAIR_NOUN, s.lower(head)) && context.cues.is(Cue.PAIR_NOUN, s.lower(head + 1))) {
            head++; // "the two chief negotiators", "both foreign ministers"
        }
        return context.cues.is(Cue.PAIR_NOUN, s.lower(head)) ? head + 1 - i : 0;
    }
}
