package org.entente.extract.event;

import java.util.Set;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * Where the clause around a trigger begins and ends, and the shape of its verb group (passive or
 * not, the word before the auxiliaries): every role, cue and object is looked for inside these
 * bounds, so that "X said Y attacked Z" gives "attacked" the subject Y. Stateless.
 */
final class ClauseBounds {
    private static final Set<String> QUOTES = Set.of("\"", "“", "”");
    /** The most words a quoted object may have ("stern representations", "a flagrant violation"). */
    private static final int MAX_QUOTED_PHRASE = 5;
    /** The furthest a role, cue or object is looked for, in tokens, on either side of a trigger. */
    static final int WINDOW = 40;

    private final Cues cues;

    /** Bounds read with the clause words of {@code cues}. */
    ClauseBounds(Cues cues) {
        this.cues = cues;
    }

    /** The first token of the clause containing token {@code i}. */
    int leftStart(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - WINDOW); k--) {
            if (isBoundary(s, k)) {
                return k + 1;
            }
        }
        return Math.max(0, i - WINDOW);
    }

    /** The token just past the clause that starts at or before {@code i}. */
    int rightEnd(Sentence s, int i) {
        for (int k = i; k < Math.min(s.size(), i + WINDOW); k++) {
            if (isBoundary(s, k) || k > i && joinsFiniteVerb(s, k)) {
                return k;
            }
        }
        return Math.min(s.size(), i + WINDOW);
    }

    /**
     * Whether "and" at {@code k} joins a second finite verb to the clause ("met in Port of Spain and
     * issued a statement backing Guyana"): what follows is that verb's, not the first one's object.
     */
    private boolean joinsFiniteVerb(Sentence s, int k) {
        if (k + 1 >= s.size() || !cues.is(Cue.COORDINATOR, s.lower(k))) {
            return false;
        }
        Token next = s.token(k + 1);
        return "VERB".equals(next.tag()) && !next.lower().equals(next.lemma()) && !next.lower().endsWith("ing");
    }

    /** Whether token {@code k} ends a clause: a clause mark or word, or a comma before one, a gerund or "as". */
    boolean isBoundary(Sentence s, int k) {
        String w = s.lower(k);
        if (QUOTES.contains(w) && quotesAPhrase(s, k)) {
            return false; // lodged "stern representations" with Tokyo: the quoted words are the object
        }
        if (cues.is(Cue.CLAUSE_MARK, w) || cues.is(Cue.CLAUSE_BOUNDARY, w)) {
            return true;
        }
        if (w.equals(",")) {
            String next = s.lower(k + 1);
            return cues.is(Cue.CLAUSE_BOUNDARY, next) || next.endsWith("ing") && next.length() > 5 || next.equals("as")
                    || opensSpeakerAside(s, k);
        }
        return false;
    }

    /** Whether the quotation mark at {@code k} opens or closes a few quoted words with no verb among them. */
    private boolean quotesAPhrase(Sentence s, int k) {
        for (int step : new int[] {1, -1}) {
            for (int j = k + step, n = 0; j >= 0 && j < s.size() && n <= MAX_QUOTED_PHRASE; j += step, n++) {
                String w = s.lower(j);
                if (QUOTES.contains(w)) {
                    if (n > 0) {
                        return true;
                    }
                    break;
                }
                if (s.token(j).isVerbal() || cues.is(Cue.CLAUSE_MARK, w) || w.equals(",")) {
                    break;
                }
            }
        }
        return false;
    }

    /** Whether the comma at {@code k} opens a speaker's aside (", the two governments said,"), which ends the clause. */
    private boolean opensSpeakerAside(Sentence s, int k) {
        for (int j = k + 2; j < Math.min(s.size(), k + 7); j++) {
            String w = s.lower(j);
            if (w.equals(",")) {
                return false;
            }
            if (cues.is(Cue.SPEECH, w)) {
                return j + 1 >= s.size() || Set.of(",", ".", ";").contains(s.lower(j + 1));
            }
        }
        return false;
    }

    /** For each token of {@code s}, whether it stands inside quotation marks. */
    static boolean[] quoted(Sentence s) {
        boolean[] quoted = new boolean[s.size()];
        // a quotation the sentence before opened goes on up to the first closing mark: "This was a
        // provocation," X told reporters, accusing Y ...
        boolean inside = false;
        for (int k = 0; k < s.size(); k++) {
            if (QUOTES.contains(s.token(k).text())) {
                inside = closes(s, k, false);
                break;
            }
        }
        for (int k = 0; k < s.size(); k++) {
            String w = s.token(k).text();
            if (!QUOTES.contains(w)) {
                quoted[k] = inside;
            } else {
                inside = !closes(s, k, inside);
            }
        }
        return quoted;
    }

    /**
     * Whether the quotation mark at {@code k} closes a quotation: a closing curly mark, or a straight
     * one inside a quotation or written against the punctuation before it ({@code provocation,"}).
     */
    private static boolean closes(Sentence s, int k, boolean inside) {
        String w = s.token(k).text();
        if (!w.equals("\"")) {
            return w.equals("”");
        }
        return inside || k > 0 && s.token(k - 1).end() == s.token(k).start()
                && Set.of(",", ".", "?", "!").contains(s.token(k - 1).text());
    }

    /** The word before the auxiliaries, adverbs and particles that lead up to the verb at {@code i} ("had not"). */
    static int wordBeforeVerbGroup(Sentence s, int i, int ls) {
        int k = i - 1;
        // a capitalised word is a name the tagger misread ("a move Santiago/ADV condemned"), not an adverb
        while (k > ls && s.token(k).tag() != null && Set.of("AUX", "ADV", "PART").contains(s.token(k).tag())
                && (k == 0 || !s.token(k).isCapitalized())) {
            k--;
        }
        return k;
    }

    /** Whether the verb at {@code i} is a participle after a form of "be", adverbs allowed between ("was also stopped"). */
    boolean isPassive(Sentence s, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            String w = s.lower(k);
            if (cues.is(Cue.BE, w)) {
                return s.lower(i).endsWith("ed") || cues.is(Cue.IRREGULAR_PARTICIPLE, s.lower(i));
            }
            if (!w.endsWith("ly") && !cues.is(Cue.VERB_GROUP_ADVERB, w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the "that" of a content clause stands right after a trigger ("demanded that Bogota
     * withdraw", "its demand on Monday that Israel ease ..."), up to two words that are no verb
     * between; -1 if none follows.
     */
    static int contentClause(Sentence s, Hit hit) {
        for (int k = hit.end(); k < Math.min(s.size(), hit.end() + 3); k++) {
            if (s.lower(k).equals("that")) {
                return k;
            }
            if (!s.token(k).isWord() || s.token(k).isVerbal()) {
                return -1;
            }
        }
        return -1;
    }

    /** The first index in [from, to) of the lower-case {@code word}, or -1. */
    static int indexOf(Sentence s, String word, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.lower(k).equals(word)) {
                return k;
            }
        }
        return -1;
    }
}
