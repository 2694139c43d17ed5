package org.entente.extract.event;

import java.util.List;
import java.util.Set;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;
import org.entente.model.plover.EventType;

/**
 * What the steps that find an event's sides share about lists of actors: the key an actor counts
 * under (its country or organisation), the keys of a side, and the rules every side obeys (no
 * actor targets itself). Kept apart so that each step compares sides the same way.
 */
final class ActorLists {
    private ActorLists() {
    }

    /**
     * The country or organisation an actor belongs to: what event keys are made of; for a PETRARCH
     * agent that no actor names, its code ({@code ---GOV}); null for other actors with neither.
     */
    static String key(Actor actor) {
        return actor.country() != null ? actor.country() : actor.organization() != null ? actor.organization()
                : actor.code().startsWith("---") ? actor.code() : null;
    }

    /** The keys of {@code actors}, in order, without repeats; actors with no key add none. */
    static Set<String> countries(List<Actor> actors) {
        Set<String> keys = new java.util.LinkedHashSet<>();
        actors.forEach(a -> {
            if (key(a) != null) {
                keys.add(key(a));
            }
        });
        return keys;
    }

    /** {@code actors} without repeats, in order. */
    static List<Actor> dedupe(List<Actor> actors) {
        return actors.stream().distinct().toList();
    }

    /** A country as an actor. */
    static Actor countryActor(String country) {
        return Actor.of(Countries.get(country).name(), country, null);
    }

    /** The governments of the countries of {@code actors} that are not themselves the state. */
    static List<Actor> ownGovernment(List<Actor> actors) {
        return actors.stream().filter(a -> a.country() != null && isDomesticGroup(a))
                .map(a -> new Actor(Countries.get(a.country()).name(), a.country(), null,
                        org.entente.model.actor.ActorRole.GOV, null, null))
                .distinct().toList();
    }

    /** A group inside a country that its own state can act on: protesters, businesses, the opposition. */
    static boolean isDomesticGroup(Actor actor) {
        return actor.role() != null && actor.role() != org.entente.model.actor.ActorRole.GOV
                && actor.role() != org.entente.model.actor.ActorRole.MIL;
    }

    /**
     * A participant never targets itself, except in domestic events: a government's crackdown on its
     * protesters, or protesters against their own government.
     */
    static void removeSelfTargets(EventType type, List<Actor> source, List<Actor> target) {
        Set<String> sourceKeys = countries(source);
        boolean groupActs = !source.isEmpty() && source.stream().allMatch(ActorLists::isDomesticGroup);
        target.removeIf(t -> source.contains(t) || sourceKeys.contains(key(t)) && !isDomesticGroup(t) && !groupActs);
    }
}
