package org.entente.extract.event;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;

/**
 * A lexicon entry: word forms that express an event, optionally only with one of some object words
 * close behind ("signed ... agreement", "raised ... concerns"), or only in the context of a
 * PETRARCH-style {@link Pattern}, and the coding they carry.
 *
 * @param forms    the word forms, each a lower-case token sequence ("sat down", "met")
 * @param objects  object words of which one must follow within the clause, or empty
 * @param noun     whether the forms are nouns ("summit", "sanctions") rather than verbs
 * @param type     the PLOVER type; null for an entry that codes no event ({@link #silent()})
 * @param mode     the PLOVER mode, or null
 * @param cameo    the CAMEO code; null for an entry that codes no event
 * @param contexts PLOVER contexts the entry implies
 * @param flags    special behaviour: {@code anti} (the target is the X of a nearby "anti-X"),
 *                 {@code negates-next} (a denial: the trigger it governs did not happen),
 *                 {@code not-before-to} (not when "to" follows: "seeks to maintain" is trying, not asking),
 *                 {@code arrival} (the place arrived at is the host),
 *                 {@code posture-unless-aimed} (a launch aimed at nobody "at", "on" or "against" is a
 *                 show of force, CAMEO 150), {@code reciprocal} (a compound subject acts on each other:
 *                 "A and B traded fire" is one joint event), {@code rules-out} (ruling out the trigger
 *                 it governs negates it; not ruling it out makes it hypothetical and codes no rejection)
 * @param pattern  for an entry read from a PETRARCH verb dictionary, the words its pattern requires
 *                 around the verb and where source and target stand; null for lexicon rows
 */
public record Trigger(List<List<String>> forms, Set<String> objects, boolean noun, EventType type, Mode mode,
                      String cameo, List<Context> contexts, Set<String> flags, Pattern pattern) {

    /**
     * This entry coded as {@code cameo} instead, with that code's own PLOVER type, mode and contexts
     * ("fired a missile into the sea" is a show of force, not an attack).
     */
    public Trigger recoded(String cameo) {
        org.entente.model.cameo.PloverCoding coding = org.entente.model.cameo.Cameo.code(cameo).ploverCoding()
                .orElseThrow(() -> new IllegalArgumentException("CAMEO " + cameo + " has no PLOVER type"));
        return new Trigger(forms, objects, noun, coding.type(), coding.mode(), cameo, coding.contexts(), flags, pattern);
    }

    /** Compact canonical constructor: copies the collections. */
    public Trigger {
        forms = forms.stream().map(List::copyOf).toList();
        objects = Set.copyOf(objects);
        contexts = List.copyOf(contexts);
        flags = Set.copyOf(flags);
        if ((type == null) != (cameo == null)) {
            throw new IllegalArgumentException("A trigger needs both a type and a CAMEO code, or neither (no event)");
        }
    }

    /** A lexicon row's entry, without a pattern. */
    public Trigger(List<List<String>> forms, Set<String> objects, boolean noun, EventType type, Mode mode,
                   String cameo, List<Context> contexts, Set<String> flags) {
        this(forms, objects, noun, type, mode, cameo, contexts, flags, null);
    }

    /** Whether the entry carries {@code flag}. */
    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /**
     * Whether the entry, when it is the best match, codes no event of its own: a PETRARCH pattern
     * with the null code {@code ---} ("restore ... card" is no restoration). A paired pattern such as
     * {@code [:173]} codes only its {@link Pattern#reverse() reverse} event.
     */
    public boolean silent() {
        return cameo == null;
    }

    /**
     * The context a PETRARCH pattern requires around its verb ({@code - SAID WOULD * + IN DETENTION $ [212]}).
     * The words before the verb are listed nearest first, those after it in text order. A word
     * element joined to its neighbour with {@code _} in the dictionary must stand right next to it;
     * other elements may have words between them.
     *
     * @param before  the elements before the verb, nearest first
     * @param after   the elements after the verb (and after the form's own words), in text order
     * @param reverse for a paired code {@code [A:B]}, the entry coding B from the target to the
     *                source; null if none
     * @param order   the pattern's place in its dictionary: among equally specific matches the
     *                earlier pattern wins
     */
    public record Pattern(List<Element> before, List<Element> after, Trigger reverse, int order) {
        /** Compact canonical constructor: copies the lists. */
        public Pattern {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        /** Whether the pattern requires nothing but the verb. */
        public boolean isBare() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    /**
     * One element of a {@link Pattern}.
     *
     * @param kind     a word (or one of several phrases, from a synset), or a role marker
     * @param phrases  for {@link Kind#WORDS}, the lower-case token sequences of which one must stand
     *                 here; empty otherwise
     * @param adjacent whether the element must touch its neighbour toward the verb (or the verb)
     */
    public record Element(Kind kind, List<List<String>> phrases, boolean adjacent) {
        /** Compact canonical constructor: copies the phrases. */
        public Element {
            Objects.requireNonNull(kind, "kind");
            phrases = phrases.stream().map(List::copyOf).toList();
            if ((kind == Kind.WORDS) == phrases.isEmpty()) {
                throw new IllegalArgumentException("Only a WORDS element has phrases");
            }
        }
    }

    /** What a pattern element stands for. */
    public enum Kind {
        /** Words that must occur ({@code DIPLOMATIC}, {@code &CURRENCY}). */
        WORDS,
        /** {@code $}: the source is the actor here. */
        SOURCE,
        /** {@code +}: the target is the actor here. */
        TARGET,
        /** {@code %}: the actors here (a compound, "A and B") act on each other. */
        COMPOUND,
        /** {@code ^}: an actor or a word is skipped. */
        SKIP
    }
}
