package org.entente.extract.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.entente.extract.syntax.Clause.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * Reads one sentence's clauses left to right with a stack of open clauses: an opening word or
 * quotation mark pushes one; a closing quotation mark, a clause mark (";", ":", "—") or a comma
 * pops. A clause after a speech verb reaches to the end of the sentence; "..., X said" makes all
 * before the comma the reported clause. Stateless: the stack lives in one call.
 */
final class ClauseReader {
    /** How far before "that" a speech verb may stand ("told reporters on Monday that"). */
    private static final int SPEECH_REACH = 6;
    /** How far after a subordinating word its verb may stand ("after the two foreign ministers met"). */
    private static final int SUBORDINATE_REACH = 12;

    private final Words words;

    ClauseReader(Words words) {
        this.words = words;
    }

    /** A clause being read: closed into a {@link Clause} when its end is found. */
    private static final class Open {
        final Kind kind;
        final int start;
        final int marker;
        final boolean afterComma;
        final Open parent;
        final List<Clause> children = new ArrayList<>();
        int verb = -1;

        Open(Kind kind, int start, int marker, boolean afterComma, Open parent) {
            this.kind = kind;
            this.start = start;
            this.marker = marker;
            this.afterComma = afterComma;
            this.parent = parent;
        }

        /** Ends the clause at token {@code end} and hands it to its parent, unless it is empty. */
        void closeAt(int end) {
            if (end > start) {
                parent.children.add(new Clause(kind, start, end, marker, verb, children));
            }
        }
    }

    Clause read(Sentence s, Phrases p) {
        int last = s.size() > 0 && isFinalMark(s.lower(s.size() - 1)) ? s.size() - 1 : s.size();
        Deque<Open> open = new ArrayDeque<>();
        Open main = new Open(Kind.MAIN, 0, -1, false, null);
        open.push(main);
        int tail = reportedTail(s, p, last);
        if (tail > 0 && !quotedOnly(s, tail)) {
            open.push(new Open(Kind.REPORTED, 0, -1, false, main));
        }
        boolean quoted = false;
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            if (k == tail) {
                closeDownTo(open, main, k);
                quoted = false;
            } else if (quoted && words.is(Cue.QUOTE_CLOSE, t)) {
                closeQuote(open, k);
                quoted = false;
            } else if (!quoted && words.is(Cue.QUOTE_OPEN, t)) {
                open.push(new Open(Kind.QUOTED, k + 1, k, false, open.peek()));
                quoted = true;
            } else if (words.is(Cue.CLAUSE_MARK, t) && !t.lower().equals("(") && !t.lower().equals(")")) {
                closeDownTo(open, innermostQuoteOr(open, main), k);
            } else if (t.lower().equals(",")) {
                if (p.nounPhraseAt(k) == null) { // the commas of a list or an apposition end no clause
                    closeAtComma(open, k);
                }
            } else {
                Kind kind = opens(s, p, k);
                if (kind != null) {
                    int marker = kind == Kind.REPORTED && !s.lower(k).equals("that") ? -1 : k; // "said it would"
                    open.push(new Open(kind, k, marker, s.lower(k - 1).equals(","), open.peek()));
                }
            }
            VerbGroup group = p.verbGroupStartingAt(k);
            if (group != null && open.peek().kind == Kind.RELATIVE && open.peek().verb >= 0 && !open.peek().afterComma
                    && open.peek() != main && !words.is(Cue.COORDINATOR, s.token(k - 1)) && !s.lower(k - 1).equals(",")) {
                // "the mechanism that monitors the ceasefire will meet ...": a second verb group after a
                // restrictive relative clause's own is the sentence's
                Open relative = open.pop();
                relative.closeAt(k);
            }
            if (group != null && open.peek().verb < 0) {
                open.peek().verb = group.head();
            }
        }
        closeDownTo(open, main, last);
        return new Clause(Kind.MAIN, 0, s.size(), -1, main.verb, main.children);
    }

    /** The kind of clause token {@code k} opens, or null. */
    private Kind opens(Sentence s, Phrases p, int k) {
        Token t = s.token(k);
        if (k == 0) {
            return isSubordinator(s, p, k) ? Kind.SUBORDINATE : null;
        }
        if (t.lower().equals("that") && !"DET".equals(t.tag())) {
            if (afterSpeech(s, p, k)) { // "said in a statement that", whatever the tagger made of "that"
                return Kind.REPORTED;
            }
            if ("SCONJ".equals(t.tag())) {
                return Kind.SUBORDINATE;
            }
            return "PRON".equals(t.tag()) && endsNounPhrase(p, k) ? Kind.RELATIVE : null;
        }
        if ((words.is(Cue.RELATIVE, t) || words.is(Cue.RELATIVE_WORD, t)) && (endsNounPhrase(p, k) || s.lower(k - 1).equals(","))) {
            return Kind.RELATIVE;
        }
        if (isSubordinator(s, p, k)) {
            return Kind.SUBORDINATE;
        }
        return reportsWithoutThat(s, p, k) ? Kind.REPORTED : null;
    }

    /** Whether token {@code k} is a subordinating word with a verb after it, before anything ends the clause. */
    private boolean isSubordinator(Sentence s, Phrases p, int k) {
        if (!words.is(Cue.SUBORDINATOR, s.token(k)) || k + 1 < s.size() && s.lower(k + 1).equals("again")) {
            return false; // "has once again rejected": an adverb
        }
        for (int j = k + 1; j < Math.min(s.size(), k + 1 + SUBORDINATE_REACH); j++) {
            Token t = s.token(j);
            if (p.verbGroupStartingAt(j) != null) {
                return true;
            }
            if (t.lower().equals(",") && p.nounPhraseAt(j) == null || words.is(Cue.CLAUSE_MARK, t)
                    || words.is(Cue.SUBORDINATOR, t) || words.is(Cue.RELATIVE, t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a speech verb heads the last verb group shortly before token {@code k} ("said on Monday that"). */
    private boolean afterSpeech(Sentence s, Phrases p, int k) {
        for (VerbGroup g : p.verbGroups()) {
            if (g.end() <= k && g.end() >= k - SPEECH_REACH && words.is(Cue.SPEECH, s.token(g.head()))) {
                return p.verbGroups().stream().noneMatch(h -> h.start() >= g.end() && h.start() < k);
            }
        }
        return false;
    }

    /** Whether token {@code k} starts a subject and its verb right after a speech verb ("said it would retaliate"). */
    private boolean reportsWithoutThat(Sentence s, Phrases p, int k) {
        VerbGroup speech = p.verbGroupAt(k - 1);
        if (speech == null || speech.head() != k - 1 || !words.is(Cue.SPEECH, s.token(k - 1))) {
            return false;
        }
        NounPhrase subject = p.nounPhraseStartingAt(k);
        VerbGroup verb = subject == null ? null : p.verbGroupStartingAt(subject.end());
        return verb != null && !s.lower(verb.start()).equals("to")
                || subject != null && subject.end() == k + 1 && p.verbGroupStartingAt(k) != null; // "They'll"
    }

    /**
     * The comma (or the quotation mark after it) before a closing "X said" or "said X" with no other
     * verb after it, when a verb comes before it; -1 if the sentence does not end so.
     */
    private int reportedTail(Sentence s, Phrases p, int last) {
        for (int c = last - 1; c > 0; c--) {
            boolean comma = s.lower(c).equals(",");
            boolean quoteAfterComma = words.is(Cue.QUOTE_CLOSE, s.token(c)) && s.lower(c - 1).equals(",");
            if (!comma && !quoteAfterComma || p.nounPhraseAt(c) != null) {
                continue;
            }
            int speechHead = speaker(s, p, c + 1);
            if (speechHead >= 0 && noVerbBetween(p, speechHead + 1, last) && !noVerbBetween(p, 0, c)) {
                return c;
            }
        }
        return -1;
    }

    /** The speech verb of "X said" or "said X" at token {@code t}, or -1. */
    private int speaker(Sentence s, Phrases p, int t) {
        NounPhrase subject = p.nounPhraseStartingAt(t);
        VerbGroup verb = subject != null ? p.verbGroupStartingAt(subject.end()) : p.verbGroupStartingAt(t);
        if (verb == null || !words.is(Cue.SPEECH, s.token(verb.head()))) {
            return -1;
        }
        return subject != null || p.nounPhraseStartingAt(verb.end()) != null ? verb.head() : -1;
    }

    private static boolean noVerbBetween(Phrases p, int from, int to) {
        return p.verbGroups().stream().noneMatch(g -> g.start() >= from && g.start() < to);
    }

    /** Whether the words before the tail at {@code tail} are one quotation. */
    private boolean quotedOnly(Sentence s, int tail) {
        if (!words.is(Cue.QUOTE_OPEN, s.token(0))) {
            return false;
        }
        for (int k = 1; k < tail; k++) {
            if (words.is(Cue.QUOTE_CLOSE, s.token(k))) {
                return k == tail - 1;
            }
        }
        return true;
    }

    private static boolean endsNounPhrase(Phrases p, int k) {
        return p.nounPhraseAt(k - 1) != null && p.nounPhraseAt(k - 1).end() == k;
    }

    /**
     * Closes the clause on top at a comma when it has its verb, and the clauses it sits in while
     * the one just closed was not opened after a comma: a restrictive clause's end is its parent's
     * ("which opposes the dam that Ethiopia built, said"). A reported clause ends with the clause it
     * sits in, never at a comma of its own.
     */
    private static void closeAtComma(Deque<Open> open, int k) {
        while (closable(open.peek()) && open.peek().verb >= 0) {
            Open closed = open.pop();
            closed.closeAt(k);
            if (closed.afterComma && closed.kind != Kind.REPORTED) {
                return;
            }
        }
    }

    private static boolean closable(Open o) {
        return o.kind == Kind.RELATIVE || o.kind == Kind.SUBORDINATE
                || o.kind == Kind.REPORTED && o.parent != null && closable(o.parent);
    }

    /** Closes every clause above {@code keep} at token {@code k}. */
    private static void closeDownTo(Deque<Open> open, Open keep, int k) {
        while (open.peek() != keep) {
            open.pop().closeAt(k);
        }
    }

    /** Closes the innermost quotation and the clauses inside it at token {@code k}. */
    private static void closeQuote(Deque<Open> open, int k) {
        Open quote = innermostQuoteOr(open, null);
        if (quote != null) {
            closeDownTo(open, quote, k);
            closeDownTo(open, quote.parent, k);
        }
    }

    private static Open innermostQuoteOr(Deque<Open> open, Open fallback) {
        return open.stream().filter(o -> o.kind == Kind.QUOTED).findFirst().orElse(fallback);
    }

    private static boolean isFinalMark(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?");
    }
}
