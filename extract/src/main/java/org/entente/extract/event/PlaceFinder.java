package org.entente.extract.event;

import java.util.List;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Sentence;
import org.entente.model.Place;

/**
 * Where an event took place: the location named nearest its trigger in the same clause. Apart
 * from the sides, because a place is never a participant ("talks in Doha" are not with Qatar).
 */
final class PlaceFinder {
    /** How far from its trigger, in tokens, a location may be to count as the event's place. */
    private static final int PLACE_DISTANCE = 12;

    private PlaceFinder() {
    }

    /** The place of the event: a location named after the trigger in its clause, else anywhere in the sentence. */
    static Place place(Sentence s, Hit hit, List<ActorMention> mentions, int ls, int re) {
        Place before = null;
        for (ActorMention m : mentions) {
            if (!m.locative() || m.place() == null) {
                continue;
            }
            if (m.start() >= hit.end() && m.start() < re && m.start() - hit.end() <= PLACE_DISTANCE) {
                return m.place();
            }
            if (m.end() <= hit.start() && m.start() >= ls && hit.start() - m.end() <= PLACE_DISTANCE) {
                before = m.place();
            }
        }
        return before;
    }
}
