package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.model.Modality;
import org.entente.model.actor.Actor;
import org.entente.model.plover.EventType;

/**
 * A country that reports an attack on itself accuses the attacker: "India's army said Pakistani
 * troops had opened fire on its posts" is an assault by Pakistan and, as coders read it, India's
 * charge against Pakistan (CAMEO 112). Only force used against the speaker's own country counts;
 * a ministry reporting its own strikes or a third party's fighting accuses no one. Stateless.
 */
final class ReportedCharges {
    static final Set<EventType> HOSTILE_ACTS = Set.of(EventType.ASSAULT, EventType.COERCE);
    private static final String ACCUSATION = "112";

    private final Cues cues;
    private final ReferenceResolver references;

    /** Charges read with the speech verbs of {@code cues}, speakers resolved by {@code references}. */
    ReportedCharges(Cues cues, ReferenceResolver references) {
        this.cues = cues;
        this.references = references;
    }

    /**
     * The country whose spokesman reports force used on someone the sentence does not name: "India's
     * army said Pakistani troops had opened fire on forward posts" hit India. Empty unless the
     * reporter is one country other than the {@code attackers}'.
     */
    List<Actor> reporter(Sentence s, int trigger, List<ActorMention> mentions, Discourse d, List<EventMention> earlier,
                         List<Actor> attackers) {
        for (ActorMention speaker : mentions) {
            int said = speaker.end();
            if (said >= s.size() || said == trigger || !cues.is(Cue.SPEECH, s.lower(said)) || !speaker.isParticipant()) {
                continue;
            }
            List<Actor> reporters = references.resolve(speaker, s, mentions, d, earlier);
            Set<String> reporter = countries(reporters);
            if (reporter.size() == 1 && reporters.stream().allMatch(a -> a.organization() == null)
                    && countries(attackers).stream().noneMatch(reporter::contains)) {
                return reporters;
            }
        }
        return List.of();
    }

    /** The accusations that the reported hostile acts among {@code events} of sentence {@code s} carry. */
    List<EventMention> charges(Sentence s, List<ActorMention> mentions, List<EventMention> events, Discourse d) {
        List<EventMention> charges = new ArrayList<>();
        for (EventMention act : events) {
            if (!HOSTILE_ACTS.contains(act.trigger().type()) || act.modality() != Modality.ASSERTED || act.historical()) {
                continue;
            }
            for (ActorMention speaker : mentions) {
                int said = speaker.end();
                if (said >= s.size() || said == act.position() || !cues.is(Cue.SPEECH, s.lower(said)) || !speaker.isParticipant()) {
                    continue;
                }
                List<Actor> accusers = references.resolve(speaker, s, mentions, d, events);
                Set<String> accuser = countries(accusers);
                Set<String> victims = countries(act.target());
                Set<String> attackers = countries(act.source());
                if (accuser.size() == 1 && victims.containsAll(accuser) && !attackers.isEmpty()
                        && attackers.stream().noneMatch(accuser::contains)) {
                    charges.add(new EventMention(act.trigger().recoded(ACCUSATION), s, said, accusers, act.source(), true,
                            Modality.ASSERTED, false, act.date(), act.precision(), null, act.attribution(),
                            act.confidence() - 0.1, act.background()));
                    break;
                }
            }
        }
        return charges;
    }
}
