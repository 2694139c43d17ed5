package org.entente.extract.syntax;

import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Token;

/**
 * What a token is to the syntax readers, by its tag, lemma and cue words. The tagger gives a
 * contraction one token with joined tags and lemmas ("won't": AUX+PART, will+not), so each part
 * counts. Stateless.
 */
final class Words {
    private final Cues cues;

    Words(Cues cues) {
        this.cues = cues;
    }

    /** Whether the token, or a lemma of its parts, is a {@code cue} word. */
    boolean is(Cue cue, Token t) {
        return match(cue, t) != null;
    }

    /** The token's word if it is a {@code cue} word, else the lemma of its part that is ("will" of "won't"), else null. */
    String match(Cue cue, Token t) {
        if (cues.is(cue, t.lower())) {
            return t.lower();
        }
        for (String part : t.lemma().split("\\+")) {
            if (cues.is(cue, part)) {
                return part;
            }
        }
        return null;
    }

    static boolean hasTag(Token t, String tag) {
        if (t.tag() == null) {
            return false;
        }
        for (String part : t.tag().split("\\+")) {
            if (part.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLemma(Token t, String lemma) {
        for (String part : t.lemma().split("\\+")) {
            if (part.equals(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** An auxiliary: a form of "be", "have", "do" or a modal the tagger read as one. */
    static boolean isAuxiliary(Token t) {
        return hasTag(t, "AUX");
    }

    /** A noun, a name or a number: what heads a noun phrase. */
    static boolean isNominal(Token t) {
        return "NOUN".equals(t.tag()) || "PROPN".equals(t.tag()) || "NUM".equals(t.tag());
    }

    /** A personal pronoun that is a noun phrase of its own ("they", "They'll"), not a relative or possessive one. */
    boolean isPronounPhrase(Token t) {
        return hasTag(t, "PRON") && !cues.is(Cue.RELATIVE, t.lower()) && !cues.is(Cue.RELATIVE_WORD, t.lower())
                && !cues.is(Cue.CLAUSE_BOUNDARY, t.lower());
    }

    /** A speech verb the tagger read as a noun ("the admiral said/NOUN"): such forms are never nouns. */
    boolean isMisreadVerb(Token t) {
        return "NOUN".equals(t.tag()) && cues.is(Cue.SPEECH, t.lower());
    }

    /** A verb, or a speech verb the tagger read as a noun. */
    boolean isVerb(Token t) {
        return "VERB".equals(t.tag()) || isMisreadVerb(t);
    }

    /** A participle: an inflected verb form not in "-ing" ("sent", "deployed", "held"). */
    boolean isParticiple(Token t) {
        String w = t.lower();
        return !w.endsWith("ing") && (w.endsWith("ed") || cues.is(Cue.IRREGULAR_PARTICIPLE, w) || !w.equals(t.lemma()));
    }
}
