package org.entente.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A clause of one sentence, tokens {@code [start, end)}, with the clauses nested in it. The main
 * clause spans the whole sentence; a relative ("which ..."), subordinate ("after ...", "if ..."),
 * quoted or reported clause ("X said (that) ...", "..., X said") lies inside the clause it belongs to.
 *
 * @param kind     what kind of clause it is
 * @param start    its first token (the word that opens it, if any)
 * @param end      the token just past it
 * @param marker   the word or quotation mark that opens it, or -1 if none ("said it would")
 * @param verb     the head of its first verb group outside the clauses nested in it, or -1 if none
 * @param children the clauses nested in it, in text order, disjoint
 * @since 0.2
 */
public record Clause(Kind kind, int start, int end, int marker, int verb, List<Clause> children) {

    /** What a clause is to the sentence. */
    public enum Kind {
        /** The sentence's own clause. */
        MAIN,
        /** A clause about the noun phrase before it ("the dam, which Ethiopia built"). */
        RELATIVE,
        /** A clause opened by a subordinating word ("after", "if", "because"; "that" after a verb other than one of speech). */
        SUBORDINATE,
        /** The words inside quotation marks. */
        QUOTED,
        /** What a speech verb reports, with or without "that", before or after the speaker ("X said the talks failed"). */
        REPORTED
    }

    /** Compact canonical constructor: checks the children are nested, disjoint and in order. */
    public Clause {
        Objects.requireNonNull(kind, "kind");
        children = List.copyOf(children);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad bounds [" + start + ", " + end + ")");
        }
        int previousEnd = start;
        for (Clause child : children) {
            if (child.start < previousEnd || child.end > end) {
                throw new IllegalArgumentException("child " + child.kind + " [" + child.start + ", " + child.end
                        + ") not nested in order in [" + start + ", " + end + ")");
            }
            previousEnd = child.end;
        }
    }

    /** Whether token {@code i} is inside the clause. */
    public boolean contains(int i) {
        return i >= start && i < end;
    }

    /** The innermost clause containing token {@code i}: this one or one nested in it; null if {@code i} is outside. */
    public Clause innermostAt(int i) {
        if (!contains(i)) {
            return null;
        }
        for (Clause child : children) {
            Clause inner = child.innermostAt(i);
            if (inner != null) {
                return inner;
            }
        }
        return this;
    }

    /** This clause and every clause nested in it, outermost first. */
    public List<Clause> all() {
        List<Clause> all = new ArrayList<>();
        all.add(this);
        children.forEach(c -> all.addAll(c.all()));
        return all;
    }
}
