package org.entente.extract.event;

import static org.entente.extract.event.ClauseBounds.wordBeforeVerbGroup;

import java.util.List;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.plover.EventType;

/**
 * Whether armed units are what moves: troops that "land" somewhere deploy rather than visit,
 * units "deployed" with no agent named are their own country's, and missiles fired at no one are
 * a show of force. Stateless.
 */
final class ForceMovements {
    private final Cues cues;

    /** Movements read with the force nouns and prepositions of {@code cues}. */
    ForceMovements(Cues cues) {
        this.cues = cues;
    }

    /** Whether a passive verb's subject names the armed units it moves ("troops were deployed"). */
    boolean movesOwnForces(Sentence s, Hit hit, int ls, List<ActorMention> mentions) {
        EventType type = hit.trigger().type();
        int head = wordBeforeVerbGroup(s, hit.start(), ls);
        // the units' country is written on them: "American troops", "Japan's Self-Defense Forces"
        return (type == EventType.MOBILIZE || type == EventType.RETREAT) && isForceNoun(s, head, ls)
                && mentions.stream().anyMatch(m -> m.end() == head + 1 && m.actor() != null && m.actor().country() != null);
    }

    /** Whether the subject right before the verb at {@code i} names armed units ("soldiers have landed"). */
    boolean forcesArrive(Sentence s, int i, int ls) {
        return isForceNoun(s, wordBeforeVerbGroup(s, i, ls), ls);
    }

    private boolean isForceNoun(Sentence s, int k, int ls) {
        return k >= ls && cues.is(Cue.FORCE_NOUN, s.lower(k));
    }

    /**
     * Whether the trigger is aimed: "at", "on" or "against" before an actor, a group ("against guerrilla
     * camps") or a place struck ("fired four shells at targets in Jericho"), its modifiers skipped.
     * "On Tuesday" is no aim.
     */
    boolean aimed(Sentence s, Hit hit, List<ActorMention> mentions, int re) {
        for (int k = hit.end(); k < re; k++) {
            if (!cues.is(Cue.AIM_PREPOSITION, s.lower(k)) && !cues.is(Cue.LANDING_PREPOSITION, s.lower(k))) {
                continue;
            }
            int head = k + 1;
            while (head < re && s.token(head).isNounModifier()) {
                head++; // "at a Philippine vessel", "against three guerrilla camps"
            }
            // where fire lands, only the actor itself: "into Ukraine", not "into Japanese waters"
            boolean landing = cues.is(Cue.LANDING_PREPOSITION, s.lower(k));
            for (ActorMention m : mentions) {
                if (m.start() > k && m.start() <= head && !(landing && m.modifier())) {
                    return true;
                }
            }
            for (int noun = head; noun < re && noun <= head + 2 && s.token(noun).isNominal(); noun++) {
                if (cues.is(Cue.STRUCK_PLACE, s.lower(noun))) {
                    return true; // "against guerrilla camps": the compound's head
                }
            }
        }
        return false;
    }
}
