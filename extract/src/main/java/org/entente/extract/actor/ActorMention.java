package org.entente.extract.actor;

import org.entente.model.Place;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;

/**
 * A mention of an actor, a place or a reference to one in a sentence.
 *
 * @param start     first token
 * @param end       token just past the mention
 * @param kind      what the mention is
 * @param actor     the actor it names; null for places, pronouns and group references, and for
 *                  group nouns whose country the context must supply
 * @param role      for group nouns, the group's role ({@code actor} may still lack a country)
 * @param place     the place it names, if it can name one (cities, capitals, countries), or null
 * @param modifier  whether it modifies a noun rather than naming a participant ("Seoul's hopes",
 *                  "Chinese structures", "the U.S. ally")
 * @param locative  whether it follows a locative preposition ("in Seoul"): a place, not a participant
 * @param reference for pronouns and references ("he", "both nations"), the lower-case text
 */
public record ActorMention(int start, int end, Kind kind, Actor actor, ActorRole role, Place place, boolean modifier,
                           boolean locative, String reference) {

    /** What a mention is. */
    public enum Kind {
        /** A country by name or demonym. */
        COUNTRY,
        /** A capital or institution standing for a government. */
        GOVERNMENT,
        /** An international organisation. */
        ORGANIZATION,
        /** A person, known, introduced by title, or recalled by surname or description. */
        PERSON,
        /** A company. */
        COMPANY,
        /** A group noun ("protesters", "state media"). */
        GROUP,
        /** A place that is only a place (a city). */
        PLACE,
        /** "anti-China": the country something is against. */
        ANTI,
        /** A personal or possessive pronoun. */
        PRONOUN,
        /** "both nations", "the two leaders": a reference to two participants. */
        PAIR
    }

    /** Whether the mention can stand as a participant of an event. */
    public boolean isParticipant() {
        return !locative && kind != Kind.PLACE && kind != Kind.ANTI;
    }

    /** This mention, marked as a modifier. */
    public ActorMention asModifier() {
        return new ActorMention(start, end, kind, actor, role, place, true, locative, reference);
    }
}
