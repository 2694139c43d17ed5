package org.entente.extract.event;

import java.util.Objects;

/**
 * One trigger found in a sentence by {@link TriggerFinder}: the token span of its word form, the
 * object word that licensed it (if any) and the lexicon entry it matched. Immutable.
 *
 * @since 0.2
 */
public final class TriggerMatch {
    private final Hit hit;

    TriggerMatch(Hit hit) {
        this.hit = Objects.requireNonNull(hit, "hit");
    }

    /** The index of the form's first token in its sentence. */
    public int start() {
        return hit.start();
    }

    /** The index just past the form's last token. */
    public int formEnd() {
        return hit.formEnd();
    }

    /** The index of the object word that licensed the entry ("signed ... agreement"), or -1 if none. */
    public int object() {
        return hit.object();
    }

    /** The lexicon entry matched, with its coding. */
    public Trigger trigger() {
        return hit.trigger();
    }

    /** Whether the entry is a PETRARCH pattern whose required words were found around the verb. */
    public boolean pattern() {
        return hit.match() != null;
    }

    /** The match as the coding steps read it. */
    Hit hit() {
        return hit;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TriggerMatch other && hit.equals(other.hit);
    }

    @Override
    public int hashCode() {
        return hit.hashCode();
    }

    @Override
    public String toString() {
        return "TriggerMatch[" + start() + ".." + formEnd() + (object() >= 0 ? ", object " + object() : "")
                + ", " + trigger().forms() + (trigger().cameo() == null ? "" : " " + trigger().cameo()) + "]";
    }
}
