package org.entente.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.extract.text.Sentence;
import org.entente.model.DatePrecision;
import org.entente.model.Modality;
import org.entente.model.Place;
import org.entente.model.actor.Actor;

/**
 * One expression of an event in one sentence, before mentions of the same event are merged.
 *
 * @param trigger     the lexicon entry that fired
 * @param sentence    the sentence, which becomes the event's evidence
 * @param position    index of the trigger's first token
 * @param source      the actors who act
 * @param target      the actors acted upon
 * @param own         whether the mention names its participants itself; a bare "the talks" does not,
 *                    and can only add evidence to an event named elsewhere
 * @param modality    whether it happened
 * @param historical  whether it is background history
 * @param date        its date, or null
 * @param precision   the date's precision
 * @param place       its place, or null
 * @param attribution who said or reported it, or null
 * @param confidence  how sure the finder is, 0 to 1
 * @param background  whether it stands in a relative or subordinate clause ("..., a day after a jet shot
 *                    down a helicopter"): told as the setting of the sentence's own event, not as its news
 */
public record EventMention(Trigger trigger, Sentence sentence, int position, List<Actor> source, List<Actor> target,
                           boolean own, Modality modality, boolean historical, LocalDate date, DatePrecision precision,
                           Place place, String attribution, double confidence, boolean background) {

    /** Compact canonical constructor: copies the actor lists. */
    public EventMention {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}
