package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.countryActor;

import java.util.List;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;

/**
 * The target of an event that goes somewhere rather than to someone: aid flown to a port, troops
 * moved to a border. The target is the country of the place, when it is not the mover's own.
 */
final class Destinations {
    private Destinations() {
    }

    /**
     * The country of the first place a locative names in [from, to): where force lands ("struck
     * targets in southern Lebanon", "air strikes on militant hideouts in Afghanistan"), if any.
     */
    static java.util.Optional<Actor> landsIn(int from, int to, List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.start() >= from && m.start() < to && m.locative() && m.place() != null
                        && m.place().country() != null)
                .findFirst().map(m -> countryActor(m.place().country()));
    }

    /** The country of the first place named after the trigger, other than the source's: where aid is delivered. */
    static List<Actor> deliveredTo(Sentence s, Hit hit, List<ActorMention> mentions, int re, List<Actor> source) {
        Set<String> givers = countries(source);
        return mentions.stream().filter(m -> m.start() >= hit.end() && m.start() < re && m.place() != null
                        && m.place().country() != null && (m.kind() == Kind.PLACE || m.locative())
                        && !givers.contains(m.place().country()))
                .findFirst().map(m -> List.of(countryActor(m.place().country()))).orElse(List.of());
    }

    /** The first country after the verb that is not the movers' own, a place or a modifier included ("near the Ethiopian border"). */
    static List<Actor> destination(Sentence s, Hit hit, List<ActorMention> mentions, int re, List<Actor> movers) {
        Set<String> own = countries(movers);
        return mentions.stream().filter(m -> m.start() >= hit.formEnd() && m.start() < re)
                .map(m -> m.actor() != null && m.actor().country() != null ? m.actor().country()
                        : m.place() != null ? m.place().country() : null)
                .filter(c -> c != null && !own.contains(c))
                .findFirst().map(c -> List.of(countryActor(c))).orElse(List.of());
    }
}
