package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.Arguments.coordinatedWith;
import static org.entente.extract.event.Arguments.objectOwner;
import static org.entente.extract.event.ClauseBounds.indexOf;
import static org.entente.extract.event.Destinations.deliveredTo;
import static org.entente.extract.event.Destinations.destination;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.entente.extract.actor.ActorMention;
import org.entente.model.actor.Actor;
import org.entente.extract.text.Sentence;
import org.entente.model.plover.EventType;

/**
 * The sides of an event verb: the subject before it and the object after it, turned round in the
 * passive ("was stopped by X"), shared with an earlier verb after "and", and for some types found
 * where the act lands or is delivered. Stateless.
 */
final class VerbRoles {
    private final ClauseBounds bounds;
    private final ReferenceResolver references;
    private final Arguments arguments;
    private final ForceMovements forces;

    /** Verb roles read within {@code bounds}. */
    VerbRoles(ClauseBounds bounds, ReferenceResolver references, Arguments arguments, ForceMovements forces) {
        this.bounds = bounds;
        this.references = references;
        this.arguments = arguments;
        this.forces = forces;
    }

    /** The sides of the verb trigger at {@code hit}, whose clause is [ls, re). */
    Roles find(Sentence s, Hit hit, int ls, int re, List<ActorMention> mentions, Discourse d, List<EventMention> earlier) {
        Trigger t = hit.trigger();
        List<Actor> source = new ArrayList<>();
        List<Actor> target = new ArrayList<>();
        int by = indexOf(s, "by", hit.end(), Math.min(re, hit.end() + 3));
        boolean be = bounds.isPassive(s, hit.start());
        // "condemned an attack by X": "by" belongs to the object, not to a participle; "agreed to a
        // ceasefire brokered by X": to the participle after the object
        boolean objectBeforeBy = by >= 0 && (hit.object() >= 0 && hit.object() < by || IntStream.range(hit.end(), by)
                .anyMatch(k -> "DET".equals(s.token(k).tag()) || s.token(k).isVerbal()));
        if (by >= 0 && !be && !objectBeforeBy) {
            // "a state dinner hosted by Lee": a participle after a noun; the target is that noun, if an actor
            mentions.stream().filter(m -> m.end() == hit.start() && m.isParticipant()).findFirst()
                    .ifPresent(m -> target.addAll(references.resolve(m, s, mentions, d, earlier)));
            source.addAll(arguments.firstAfter(s, by + 1, re, mentions, d, earlier));
            if (target.isEmpty() && t.type() == EventType.CONSULT) {
                target.addAll(DiscourseSides.hostedParties(s, source, earlier, d)); // "a swap brokered by C"
            }
        } else if (be && by < 0 && forces.movesOwnForces(s, hit, ls, mentions)) {
            // "American troops will be deployed in Mexico", "Indian troops were pulled back": units
            // moved with no agent named are their own country's; the target is where they go
            source.addAll(arguments.subject(s, ls, hit.start(), mentions, d, earlier));
            target.addAll(destination(s, hit, mentions, re, source));
        } else if (be) {
            target.addAll(arguments.subject(s, ls, hit.start(), mentions, d, earlier));
            if (by >= 0) {
                source.addAll(arguments.firstAfter(s, by + 1, re, mentions, d, earlier));
                if (target.isEmpty() && t.type() == EventType.CONSULT) {
                    target.addAll(DiscourseSides.hostedParties(s, source, earlier, d)); // "The ceremony was hosted by C"
                }
            }
        } else {
            EventMention coordinated = coordinatedWith(s, hit, earlier, d.clauses);
            Set<String> objects = coordinated == null ? Set.of()
                    : countries(arguments.firstAfter(s, hit.formEnd(), Math.min(re, hit.formEnd() + 2), mentions, d, earlier));
            if (!objects.isEmpty() && countries(coordinated.source()).containsAll(objects)) {
                // "X said Indian shelling had killed a woman and accused India": India accuses no one
                // here; the verb goes with the sentence's subject, not with the embedded one
                coordinated = null;
            }
            source.addAll(coordinated != null ? coordinated.source() : arguments.subject(s, ls, hit.start(), mentions, d, earlier));
            // "sending troops to Georgia": the object right after the verb is not the recipient;
            // "give Tanzania a grant": a recipient before the object is
            boolean recipientFirst = mentions.stream().anyMatch(m -> m.isParticipant() && m.start() >= hit.formEnd()
                    && m.end() <= hit.object());
            ActorMention owner = objectOwner(s, hit, mentions);
            if (owner != null) {
                target.addAll(references.resolve(owner, s, mentions, d, earlier));
            } else {
                int from = hit.object() >= 0 && hit.object() - hit.formEnd() <= 2 && !recipientFirst ? hit.object() + 1 : hit.formEnd();
                target.addAll(arguments.firstOtherAfter(s, from, re, mentions, d, earlier, source));
            }
            boolean jointAct = (t.type().quadClass().isCooperation() || t.has("reciprocal"))
                    && countries(source).size() >= 2 && indexOf(s, "with", hit.formEnd(), re) < 0;
            if (jointAct) {
                // "A and B exchanged prisoners in a swap brokered by C", "A and B traded fire in
                // Kashmir": a joint act, C and the place no side of it
                target.clear();
            }
            if (target.isEmpty() && t.type() == EventType.REQUEST) {
                target.addAll(arguments.complementSubject(s, hit, mentions, d, earlier));
            }
            if (target.isEmpty() && t.type() == EventType.ASSAULT && !jointAct) {
                // "struck targets in southern Lebanon": an attack hits the country where it lands
                Destinations.landsIn(hit.formEnd(), re, mentions).ifPresent(target::add);
            }
            if (!jointAct && (t.type() == EventType.MOBILIZE || t.type() == EventType.RETREAT)
                    && countries(source).containsAll(countries(target))) {
                // "pulled its warships back from waters near Taiwan", "massed troops along the Lebanese
                // border": units, the source's own, move towards or away from the country of the place named
                List<Actor> place = destination(s, hit, mentions, re, source);
                if (!place.isEmpty()) {
                    target.clear();
                    target.addAll(place);
                }
            }
            if (target.isEmpty() && t.type() == EventType.AID) {
                target.addAll(deliveredTo(s, hit, mentions, re, source)); // "flew medicine to Port Sudan"
            }
            if (t.has("sighting") && !target.isEmpty()) {
                // "Taiwan detected 30 Chinese military aircraft": the show of force is the aircraft's
                // country's, aimed at the one that saw them
                List<Actor> seen = new ArrayList<>(target);
                target.clear();
                target.addAll(source);
                source.clear();
                source.addAll(seen);
            }
            if (t.has("to-recipient")) {
                // "extradited a Russian citizen to the United States": the party after "to" receives
                // what is handed over; the object is only what is handed
                int to = indexOf(s, "to", hit.formEnd(), re);
                List<Actor> recipient = to < 0 ? List.of() : arguments.firstAfter(s, to + 1, re, mentions, d, earlier);
                if (!recipient.isEmpty()) {
                    target.clear();
                    target.addAll(recipient);
                }
            }
            if (target.isEmpty() && t.has("arrival")) {
                // "arrived in Amman": the host is the place arrived at
                mentions.stream().filter(m -> m.locative() && m.actor() != null && m.start() >= hit.formEnd()
                        && m.start() <= hit.formEnd() + 2).findFirst().ifPresent(m -> target.add(m.actor()));
            }
        }
        return new Roles(source, target, !source.isEmpty() || !target.isEmpty(), !source.isEmpty());
    }
}
