package org.entente.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.syntax.VerbGroup.Tense;
import org.entente.extract.syntax.VerbGroup.Voice;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;

/**
 * Reads a sentence's verb groups: optional "to", auxiliaries with negators and adverbs between
 * them, then the main verb; a participle the tagger read as an adjective after "be" ("were
 * injured") is the verb. Stateless.
 */
final class VerbGroupReader {
    /** How far ahead of an adverb a verb may stand for the adverb to belong to the group ("has not yet sent"). */
    private static final int ADVERB_REACH = 2;

    private final Words words;

    VerbGroupReader(Words words) {
        this.words = words;
    }

    List<VerbGroup> read(Sentence s) {
        List<VerbGroup> groups = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            VerbGroup group = groupAt(s, i);
            if (group == null) {
                i++;
            } else {
                groups.add(group);
                i = group.end();
            }
        }
        return groups;
    }

    /** The verb group starting at token {@code i}, or null if none starts there. */
    private VerbGroup groupAt(Sentence s, int i) {
        Token first = s.token(i);
        boolean infinitive = first.lower().equals("to") && "PART".equals(first.tag());
        if (!infinitive && !Words.isAuxiliary(first) && !words.isVerb(first)) {
            return null;
        }
        int head = -1;
        int lastAuxiliary = -1;
        for (int k = infinitive ? i + 1 : i; k < s.size(); k++) {
            Token t = s.token(k);
            if (words.isVerb(t) && !isMisreadAuxiliary(s, k)) {
                head = k;
                break;
            }
            if (Words.isAuxiliary(t) || isMisreadAuxiliary(s, k)) {
                lastAuxiliary = k;
            } else if (!isInside(t) || !verbAhead(s, k)) {
                if (lastAuxiliary >= 0 && isBe(s.token(lastAuxiliary)) && "ADJ".equals(t.tag()) && t.lower().endsWith("ed")) {
                    head = k; // "were injured": the tagger's adjective is the participle
                }
                break;
            }
        }
        if (head < 0) {
            head = lastAuxiliary;
        }
        if (head < 0) {
            return null;
        }
        return describe(s, i, head, infinitive);
    }

    private VerbGroup describe(Sentence s, int start, int head, boolean infinitive) {
        boolean negated = false;
        String modal = null;
        boolean perfect = false;
        int beforeHead = -1;
        for (int k = start; k < head; k++) {
            Token t = s.token(k);
            boolean auxiliary = Words.isAuxiliary(t) || isMisreadAuxiliary(s, k);
            negated |= words.is(Cue.NEGATION, t);
            if (modal == null && auxiliary) {
                modal = words.match(Cue.MODAL, t);
            }
            perfect |= auxiliary && Words.hasLemma(t, "have");
            if (auxiliary) {
                beforeHead = k;
            }
        }
        Token verb = s.token(head);
        boolean afterBe = beforeHead >= 0 && isBe(s.token(beforeHead));
        Voice voice = afterBe && head != beforeHead && words.isParticiple(verb) ? Voice.PASSIVE : Voice.ACTIVE;
        boolean progressive = afterBe && verb.lower().endsWith("ing");
        return new VerbGroup(start, head + 1, head, tense(s.token(start), infinitive), voice, negated, modal,
                perfect, progressive);
    }

    private Tense tense(Token first, boolean infinitive) {
        if (infinitive) {
            return Tense.NONE;
        }
        if (Words.isAuxiliary(first) && words.is(Cue.MODAL, first)) {
            return words.is(Cue.FUTURE, first) ? Tense.FUTURE : Tense.NONE;
        }
        if (words.is(Cue.PAST_AUXILIARY, first)) {
            return Tense.PAST;
        }
        if (Words.isAuxiliary(first)) {
            return Tense.PRESENT;
        }
        String w = first.lower();
        if (w.endsWith("ing")) {
            return Tense.NONE;
        }
        return w.equals(first.lemma()) || w.equals(first.lemma() + "s") || w.equals(first.lemma() + "es")
                || w.endsWith("ies") ? Tense.PRESENT : Tense.PAST;
    }

    /** A form of "have" or "be" the tagger read as a main verb though a verb follows ("had/VERB expelled"). */
    private boolean isMisreadAuxiliary(Sentence s, int k) {
        Token t = s.token(k);
        if (!"VERB".equals(t.tag()) || !(isBe(t) || Words.hasLemma(t, "have"))) {
            return false;
        }
        int next = k + 1;
        while (next < s.size() && isInside(s.token(next)) && verbAhead(s, next)) {
            next++;
        }
        return next < s.size() && "VERB".equals(s.token(next).tag()) && words.isParticiple(s.token(next));
    }

    private boolean isBe(Token t) {
        return words.is(Cue.BE, t) || Words.hasLemma(t, "be") && (Words.isAuxiliary(t) || "VERB".equals(t.tag()));
    }

    /** A negator or adverb that may stand inside a group ("not", "never", "also"). */
    private static boolean isInside(Token t) {
        return "PART".equals(t.tag()) && !t.lower().equals("to") || "ADV".equals(t.tag());
    }

    /** Whether a verb or auxiliary follows token {@code k} within {@link #ADVERB_REACH} tokens, over adverbs only. */
    private static boolean verbAhead(Sentence s, int k) {
        for (int j = k + 1; j < Math.min(s.size(), k + 1 + ADVERB_REACH); j++) {
            Token t = s.token(j);
            if ("VERB".equals(t.tag()) || Words.isAuxiliary(t)) {
                return true;
            }
            if (!isInside(t)) {
                return false;
            }
        }
        return false;
    }
}
