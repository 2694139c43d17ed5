package org.entente.extract.event;

import static org.entente.extract.event.ClauseBounds.wordBeforeVerbGroup;

import java.util.stream.IntStream;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.Modality;

/**
 * Whether an event happened, will happen, might happen or did not: read from the negation,
 * modal and future words before its trigger in the clause, and for a noun from "called off"
 * after it. Stateless.
 */
final class ModalityFinder {
    private final Cues cues;

    /** Modality read with the cue words of {@code cues}. */
    ModalityFinder(Cues cues) {
        this.cues = cues;
    }

    /** The modality of the trigger: negated, hypothetical, future or asserted, by the cue words before it. */
    Modality modality(Sentence s, Hit hit, int ls, int re) {
        boolean negated = false;
        boolean hypothetical = false;
        boolean future = false;
        boolean conditional = s.text().contains(" if ") || s.text().startsWith("If ");
        for (int k = hit.start() - 1; k >= Math.max(ls, hit.start() - 6); k--) {
            String w = s.lower(k);
            if (cues.is(Cue.NEGATION, w) || w.equals("no") && (k == hit.start() - 1 || noSubject(s, k, hit.start(), ls))) {
                negated = true;
            } else if (cues.is(Cue.HYPOTHETICAL, w) || w.equals("would") && conditional) {
                hypothetical = true;
            } else if (cues.is(Cue.FUTURE, w) || w.equals("would")) {
                // "set", "plans", "expected" look ahead only with "to": "is set to meet", not "a plan for"
                future = future || !cues.is(Cue.FUTURE_WITH_TO, w) || s.lower(k + 1).equals("to")
                        || cues.is(Cue.FUTURE_WITH_PLACE, w) && cues.is(Cue.LOCATIVE, s.lower(k + 1))
                        && k + 2 < s.size() && s.token(k + 2).isCapitalized();
            }
        }
        if (hit.trigger().noun()) {
            for (int k = hit.end(); k < re; k++) { // "talks between Serbia and Kosovo were called off"
                if (cues.is(Cue.CANCELLED, s.lower(k))) {
                    negated = true;
                }
            }
        }
        return negated ? Modality.NEGATED : hypothetical ? Modality.HYPOTHETICAL : future ? Modality.FUTURE : Modality.ASSERTED;
    }

    /** Whether the "no" at {@code k} leads the subject of the verb at {@code i} ("no American troops will be deployed"). */
    private static boolean noSubject(Sentence s, int k, int i, int ls) {
        int head = wordBeforeVerbGroup(s, i, ls);
        return head > k && IntStream.rangeClosed(k + 1, head).allMatch(j -> s.token(j).isNominal() || "ADJ".equals(s.token(j).tag()));
    }
}
