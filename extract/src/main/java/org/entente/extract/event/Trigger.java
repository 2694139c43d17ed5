package org.entente.extract.event;

import java.util.List;
import java.util.Set;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;

/**
 * A lexicon entry: word forms that express an event, optionally only with one of some object words
 * close behind ("signed ... agreement", "raised ... concerns"), and the coding they carry.
 *
 * @param forms    the word forms, each a lower-case token sequence ("sat down", "met")
 * @param objects  object words of which one must follow within the clause, or empty
 * @param noun     whether the forms are nouns ("summit", "sanctions") rather than verbs
 * @param type     the PLOVER type
 * @param mode     the PLOVER mode, or null
 * @param cameo    the CAMEO code
 * @param contexts PLOVER contexts the entry implies
 * @param flags    special behaviour: {@code anti} (the target is the X of a nearby "anti-X"),
 *                 {@code negates-next} (a denial: the trigger it governs did not happen),
 *                 {@code not-before-to} (not when "to" follows: "seeks to maintain" is trying, not asking),
 *                 {@code arrival} (the place arrived at is the host)
 */
public record Trigger(List<List<String>> forms, Set<String> objects, boolean noun, EventType type, Mode mode,
                      String cameo, List<Context> contexts, Set<String> flags) {

    /** Compact canonical constructor: copies the collections. */
    public Trigger {
        forms = forms.stream().map(List::copyOf).toList();
        objects = Set.copyOf(objects);
        contexts = List.copyOf(contexts);
        flags = Set.copyOf(flags);
    }

    /** Whether the entry carries {@code flag}. */
    public boolean has(String flag) {
        return flags.contains(flag);
    }
}
