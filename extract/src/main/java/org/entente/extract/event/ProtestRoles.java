package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.countryActor;
import static org.entente.extract.event.ActorLists.ownGovernment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.actor.Actor;

/**
 * The sides of a protest, which the clause rarely names: the crowd is the people of the place,
 * and what they march against follows "against" or "denouncing", else a foreign mission they
 * rally at, else their own government. Stateless.
 */
final class ProtestRoles {
    private final Cues cues;
    private final Arguments arguments;
    private final ReferenceResolver references;

    /** Protest sides read with the protest-object words of {@code cues}. */
    ProtestRoles(Cues cues, Arguments arguments, ReferenceResolver references) {
        this.cues = cues;
        this.arguments = arguments;
        this.references = references;
    }

    /** The first actor within a few words after a protest-object word that follows the protest, or none. */
    List<Actor> protestObject(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                      List<EventMention> earlier) {
        // from the protest's own words: "a hunger strike to demand the resignation of X" is licensed by "resignation"
        for (int k = hit.formEnd(); k < s.size(); k++) {
            if (!cues.is(Cue.PROTEST_OBJECT, s.lower(k))) {
                continue;
            }
            int from = k + 1;
            boolean pronounFirst = mentions.stream().filter(m -> m.start() >= from && m.start() <= from + 4)
                    .findFirst().map(m -> m.kind() == Kind.PRONOUN).orElse(false);
            List<Actor> listed = pronounFirst ? List.of() // "what they called ...": the speakers, no target
                    : arguments.firstAfter(s, from, Math.min(s.size(), from + 5), mentions, d, earlier);
            if (!listed.isEmpty()) {
                return listed; // "against ECOWAS and France"
            }
            for (ActorMention m : mentions) {
                if (m.start() < from || m.start() > from + 4 || m.kind() == Kind.PRONOUN || m.actor() == null) {
                    continue;
                }
                return m.isParticipant() ? references.resolve(m, s, mentions, d, earlier)
                        : m.actor().country() != null ? List.of(countryActor(m.actor().country())) : List.of();
            }
        }
        return List.of();
    }

    /**
     * "several hundred people marched in Port Sudan": protesters nobody names are the people of the
     * first place the sentence names, if any.
     */
    static Optional<Actor> placeProtesters(List<ActorMention> mentions) {
        return mentions.stream().filter(m -> m.locative() && m.place() != null && m.place().country() != null
                        && m.kind() != Kind.GROUP)
                .findFirst().map(m -> Actor.of("protesters", m.place().country(),
                        org.entente.model.actor.ActorRole.CVL));
    }

    /**
     * Whom a protest with no one named is against: a foreign mission where they protest ("rallied
     * outside the Chinese embassy", "Outside the Chinese embassy, crowds rallied"), else the
     * protesters' own state.
     */
    static List<Actor> protestedAt(List<ActorMention> mentions, List<Actor> source) {
        Set<String> protesters = countries(source);
        return mentions.stream().filter(m -> m.locative() && m.actor() != null
                        && m.actor().country() != null && !protesters.contains(m.actor().country())
                        && m.actor().role() == org.entente.model.actor.ActorRole.GOV && m.kind() == Kind.GROUP)
                .findFirst().map(m -> List.of(m.actor())).orElseGet(() -> ownGovernment(source));
    }
}
