package org.entente.extract.event;

import java.util.List;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;

/**
 * Who says a sentence: an actor that says it or is cited with it, "X said (on Tuesday) ...", "...,
 * said X", "according to X". The speaker is the source of an obligation put on another party
 * ("Russia said Sudan must return the helicopter" is Russia's demand of Sudan, CAMEO 10) and of a
 * verbal act a noun names with no one doing it ("Pyongyang said the launch was a warning to Seoul").
 * Stateless.
 */
final class Speakers {
    /** How many words ("on Tuesday", "here") may stand between a speaker and the speech verb. */
    private static final int SPEECH_GAP = 3;

    private final Cues cues;
    private final ReferenceResolver references;

    /** Speakers read with the speech verbs of {@code cues}, resolved by {@code references}. */
    Speakers(Cues cues, ReferenceResolver references) {
        this.cues = cues;
        this.references = references;
    }

    /**
     * The actors who say the sentence that holds the trigger at {@code modal}; empty if no actor
     * with a country or organisation says it. The mention right before the trigger is its subject,
     * never the speaker; "said X" counts only after the trigger ("Russia said Sudan must": Sudan is
     * obliged).
     */
    List<Actor> speaker(Sentence s, int modal, List<ActorMention> mentions, Discourse d, List<EventMention> earlier) {
        for (ActorMention m : mentions) {
            boolean obliged = m.end() <= modal && modal - m.end() <= 1; // "Sudan must", "Sudan now must"
            if (!m.isParticipant() || m.actor() == null || obliged) {
                continue;
            }
            if (saysAfter(s, m.end(), modal) || m.start() > modal && saidBefore(s, m.start()) || citedBy(s, m.start())) {
                List<Actor> speakers = references.resolve(m, s, mentions, d, earlier);
                if (speakers.stream().anyMatch(a -> ActorLists.key(a) != null)) {
                    return speakers; // else a later mention may place the speaker ("Spokesman Li Wei of China said")
                }
            }
        }
        return List.of();
    }

    /** "X said", "X said on Tuesday", "X told reporters": a speech verb a few words after {@code end}, not past the modal. */
    private boolean saysAfter(Sentence s, int end, int modal) {
        for (int k = end; k < Math.min(s.size(), end + SPEECH_GAP + 1); k++) {
            if (k == modal) {
                return false;
            }
            if (cues.is(Cue.SPEECH, s.lower(k))) {
                return true;
            }
            if (s.token(k).isVerbal() || cues.is(Cue.CLAUSE_BOUNDARY, s.lower(k)) || cues.is(Cue.CLAUSE_MARK, s.lower(k))) {
                return false;
            }
        }
        return false;
    }

    /** "..., said X": a speech verb right before the speaker's name. */
    private boolean saidBefore(Sentence s, int start) {
        return start > 0 && cues.is(Cue.SPEECH, s.lower(start - 1));
    }

    /** "according to X", "as reported by X": the mention starts within the cited source's first words. */
    private static boolean citedBy(Sentence s, int start) {
        int cited = AttributionFinder.citedSourceStart(s);
        return cited >= 0 && start >= cited && start <= cited + 2; // "according to the Peruvian foreign ministry"
    }
}
