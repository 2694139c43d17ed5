package org.entente.extract.event;

import static org.entente.extract.event.ActorLists.countries;
import static org.entente.extract.event.ActorLists.dedupe;
import static org.entente.extract.event.ActorLists.removeSelfTargets;
import static org.entente.extract.event.ReferenceResolver.sentencePlaceCountry;

import java.util.ArrayList;
import java.util.List;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.syntax.Clause;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.Token;
import org.entente.model.DatePrecision;
import org.entente.model.Modality;
import org.entente.model.actor.Actor;
import org.entente.model.plover.EventType;

/**
 * Fourth stage: finds the events a sentence expresses and codes each one. Triggers come from the
 * lexicon; triggers inside quotations and inside the complement of another trigger ("urged X to
 * help revive talks with Y") are not events of their own. Sources and targets follow the clause:
 * the subject before a verb and its object after, the agent after "by" in the passive, the
 * possessor and "with"/"between"/"on" phrases of a noun; pronouns, "both nations" and "which"
 * resolve through the {@link Discourse}. Modality, date, place and attribution come from cues
 * around the trigger. Thread-safe (all per-article state lives in the discourse); linear in the
 * sentence length because every scan is bounded by {@link ClauseBounds#WINDOW} tokens.
 *
 * <p>This class only orchestrates the coding of one trigger; each step is a class of its own:
 * {@link TriggerFinder} finds the triggers (with {@link TriggerMatcher}), {@link NounRoles} and {@link VerbRoles} their sides in
 * the clause ({@link ClauseBounds}, {@link Arguments}, {@link ReferenceResolver}),
 * {@link DiscourseSides} and {@link ProtestRoles} the sides the clause leaves out,
 * {@link PatternCoder} the sides of a PETRARCH pattern, and {@link ModalityFinder},
 * {@link EventDating}, {@link PlaceFinder} and {@link AttributionFinder} the rest.
 */
public final class EventFinder {
    /** How many words after an obligation ("must not immediately") the act it names may start. */
    private static final int OBLIGATION_REACH = 3;

    private final Cues cues;
    private final ClauseBounds bounds;
    private final TriggerMatcher triggers;
    private final ReferenceResolver references;
    private final Arguments arguments;
    private final NounRoles nounRoles;
    private final VerbRoles verbRoles;
    private final DiscourseSides sides;
    private final ProtestRoles protests;
    private final ForceMovements forces;
    private final PatternCoder patterns;
    private final ModalityFinder modalities;
    private final EventDating dating;
    private final AttributionFinder attributions;
    private final ReportedCharges charges;
    private final Speakers speakers;

    /** A finder using the trigger lexicon {@code lexicon} and the cue words {@code cues}. */
    public EventFinder(TriggerIndex lexicon, Cues cues) {
        this.cues = cues;
        this.bounds = new ClauseBounds(cues);
        this.triggers = new TriggerMatcher(lexicon, cues, bounds);
        this.references = new ReferenceResolver(cues);
        this.arguments = new Arguments(cues, references);
        this.forces = new ForceMovements(cues);
        this.nounRoles = new NounRoles(cues, bounds, references, arguments);
        this.verbRoles = new VerbRoles(bounds, references, arguments, forces);
        this.sides = new DiscourseSides(lexicon, cues);
        this.protests = new ProtestRoles(cues, arguments, references);
        this.patterns = new PatternCoder(cues, bounds, references, arguments);
        this.modalities = new ModalityFinder(cues);
        this.dating = new EventDating(cues);
        this.attributions = new AttributionFinder(cues);
        this.charges = new ReportedCharges(cues, references);
        this.speakers = new Speakers(cues, references);
    }

    /**
     * The event mentions of {@code sentence}, given its actor mentions; updates the discourse.
     */
    public List<EventMention> find(Sentence s, List<ActorMention> mentions, Discourse d) {
        return find(s, mentions, null, d);
    }

    /**
     * As {@link #find(Sentence, List, Discourse)}, with the sentence's {@code clauses} (its main
     * clause, or null) to keep a date inside a relative clause from dating a trigger outside it.
     */
    public List<EventMention> find(Sentence s, List<ActorMention> mentions, Clause clauses, Discourse d) {
        return codeAll(s, mentions, triggers.hits(s, mentions), clauses, d);
    }

    /**
     * As {@link #find(Sentence, List, Clause, Discourse)}, with the sentence's triggers already found
     * ({@link TriggerFinder#TRIGGERS}) rather than matched here.
     */
    public List<EventMention> find(Sentence s, List<ActorMention> mentions, List<TriggerMatch> found, Clause clauses,
                                   Discourse d) {
        return codeAll(s, mentions, found.stream().map(TriggerMatch::hit).toList(), clauses, d);
    }

    /** The event mentions of {@code s} coded from its {@code hits}, in text order; updates the discourse. */
    private List<EventMention> codeAll(Sentence s, List<ActorMention> mentions, List<Hit> hits, Clause clauses, Discourse d) {
        d.clauses = clauses;
        List<EventMention> events = new ArrayList<>();
        String attribution = attributions.attribution(s, mentions);
        Modality imposed = null; // what a denial or a ruling-out before a trigger makes of it
        int demandedUntil = -1; // the last word where the act a coded obligation names may start
        for (int h = 0; h < hits.size(); h++) {
            Hit hit = hits.get(h);
            if (hit.start() <= demandedUntil) {
                continue; // "Sudan must return the helicopter": the return is what is demanded, not an event
            }
            boolean governsNext = h + 1 < hits.size() && hits.get(h + 1).start() - hit.end() <= 2;
            if (hit.trigger().has("negates-next") && governsNext) {
                imposed = Modality.NEGATED; // "denied sending troops": the sending did not happen; no rejection event
                continue;
            }
            if (hit.trigger().has("rules-out") && governsNext && modalities.modality(s, hit,
                    bounds.leftStart(s, hit.start()), bounds.rightEnd(s, hit.end())) == Modality.NEGATED) {
                imposed = Modality.HYPOTHETICAL; // "have not ruled out drone strikes": the strikes may come; no rejection
                continue;
            }
            if (isHabitual(s, hit) || triggers.isEmbedded(s, hits, h)) {
                // "Nigeria supplies much of Niger's electricity": a standing state of affairs
                imposed = null;
                continue;
            }
            Modality own = imposed;
            imposed = hit.trigger().has("rules-out") && governsNext ? Modality.NEGATED : null; // "ruled out talks"
            if (hit.trigger().has("obligation")) {
                EventMention demand = code(s, hit, mentions, d, events, attribution, Modality.ASSERTED);
                if (demand != null) {
                    events.add(demand);
                    demandedUntil = hit.end() + OBLIGATION_REACH;
                }
                continue;
            }
            if (hit.match() != null) {
                events.addAll(codePattern(s, hit, mentions, d, events, attribution, own));
                continue;
            }
            EventMention event = code(s, hit, mentions, d, events, attribution, own);
            if (event != null) {
                events.add(event);
            }
        }
        events.addAll(charges.charges(s, mentions, events, d));
        update(d, s, mentions, events);
        return events;
    }

    /**
     * Whether a material act is told in the simple present of a body sentence with no date: what a
     * country habitually does, not an event ("supplies", "buys"). Headlines tell news in the present.
     */
    private boolean isHabitual(Sentence s, Hit hit) {
        Token verb = s.token(hit.start());
        return !s.heading() && !hit.trigger().noun() && hit.match() == null
                && hit.trigger().type().quadClass() == org.entente.model.plover.QuadClass.MATERIAL_COOPERATION
                && verb.lower().endsWith("s") && !verb.lower().endsWith("ss") && !verb.lower().endsWith("us")
                && ("VERB".equals(verb.tag()) || !verb.lower().equals(verb.lemma()))
                && (hit.start() == 0 || !cues.is(Cue.BE, s.lower(hit.start() - 1)))
                && dating.undated(s);
    }

    /**
     * The events of a PETRARCH pattern: its verb coded as a lexicon verb (a null code as its reverse),
     * then its sides as {@link PatternCoder} places them; none for a null code without a reverse.
     */
    private List<EventMention> codePattern(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d,
                                           List<EventMention> earlier, String attribution, Modality imposed) {
        Trigger t = hit.trigger();
        Trigger reverse = t.pattern().reverse();
        if (t.silent() && reverse == null) {
            return List.of();
        }
        Trigger basis = t.silent() ? reverse : t;
        EventMention verb = code(s, new Hit(hit.start(), hit.formEnd(), -1, basis, hit.match()), mentions, d, earlier,
                attribution, imposed);
        if (verb == null) {
            return List.of(); // part of an event already coded ("marched ..., denouncing X")
        }
        return patterns.code(s, hit, verb, mentions, d, earlier);
    }

    /** The event of one lexicon trigger, or null when it is part of an event already coded. */
    private EventMention code(Sentence s, Hit hit, List<ActorMention> mentions, Discourse d, List<EventMention> earlier,
                              String attribution, Modality imposed) {
        Trigger t = hit.trigger();
        if (cues.is(Cue.PROTEST_OBJECT, s.lower(hit.start()))
                && earlier.stream().anyMatch(e -> e.trigger().type() == EventType.PROTEST)) {
            return null; // "marched ..., denouncing X": what the protest was against, coded with it
        }
        int ls = bounds.leftStart(s, hit.start());
        int re = bounds.rightEnd(s, hit.end());
        Roles roles = t.noun() ? nounRoles.find(s, hit, ls, re, mentions, d, earlier)
                : verbRoles.find(s, hit, ls, re, mentions, d, earlier);
        if (t.has("obligation")) {
            // "Russia said Sudan must return the helicopter": the speaker demands it of the one obliged;
            // "we must", or no speaker, is no demand
            List<Actor> speaker = speakers.speaker(s, hit.start(), mentions, d, earlier);
            List<Actor> obliged = new ArrayList<>(roles.source());
            removeSelfTargets(t.type(), speaker, obliged);
            if (speaker.isEmpty() || obliged.isEmpty()) {
                return null;
            }
            roles = new Roles(speaker, obliged, true, true);
        }
        if (t.noun() && roles.source().isEmpty() && !roles.target().isEmpty()
                && t.type().quadClass() == org.entente.model.plover.QuadClass.VERBAL_CONFLICT) {
            // "Pyongyang said the launch was a clear warning to Seoul": a charge, demand or warning
            // nobody in its phrase makes is the speaker's
            List<Actor> speaker = speakers.speaker(s, hit.start(), mentions, d, earlier);
            if (!speaker.isEmpty()) {
                roles = new Roles(speaker, roles.target(), true, true);
            }
        }
        List<Actor> source = new ArrayList<>(roles.source());
        List<Actor> target = new ArrayList<>(roles.target());
        boolean own = roles.own();
        boolean explicitSource = roles.explicitSource();
        removeSelfTargets(t.type(), source, target);
        if (target.isEmpty() && !source.isEmpty() && !t.type().isSymmetric()) {
            // "opened fire on its posts", where "its" is another's than the source's
            target.addAll(arguments.possessedAfter(s, hit, ls, re, mentions, d, earlier, source));
        }
        if (target.isEmpty() && t.has("mediation")) {
            // "launched a mediation effort on Saturday between the Emirates and Saudi Arabia"
            for (ActorMention m : mentions) {
                if (m.start() > hit.start() && m.start() < re && m.isParticipant() && references.namesParties(s, m, mentions)) {
                    target.addAll(references.resolve(m, s, mentions, d, earlier));
                }
            }
            removeSelfTargets(t.type(), source, target);
        }
        if (target.isEmpty() && t.noun() && t.type() == EventType.REQUEST && !source.isEmpty()) {
            target.addAll(arguments.complementSubject(s, hit, mentions, d, earlier)); // "its demand that Israel ease ..."
            removeSelfTargets(t.type(), source, target);
        }
        if (target.isEmpty() && !source.isEmpty() && (t.type() == EventType.CONCEDE || t.type() == EventType.COERCE)) {
            // "Serbia lifted a night curfew in Montenegro": a measure eased or imposed on the place it names
            Destinations.landsIn(hit.end(), re, mentions).ifPresent(target::add);
            removeSelfTargets(t.type(), source, target);
        }
        if (target.isEmpty() && !source.isEmpty() && !t.noun() && hit.start() > 0
                && cues.is(Cue.COORDINATOR, s.lower(hit.start() - 1))) {
            // "called on both countries to exercise restraint and offered to mediate", "opened a corridor
            // into Myanmar and sent its first convoy": a verb joined to the last one of the same subject
            // acts on the same side, unless it names a party of its own that is none ("called China's
            // actions dangerous and reaffirmed its support for freedom of navigation")
            boolean ownParty = hit.end() < re && (cues.is(Cue.TARGET_PREPOSITION, s.lower(hit.end())) || s.lower(hit.end()).equals("for"));
            earlier.stream().filter(e -> !ownParty && e.sentence() == s && !e.target().isEmpty() && e.source().equals(source))
                    .reduce((a, b) -> b).ifPresent(e -> target.addAll(e.target()));
        }
        if (target.isEmpty()) {
            target.addAll(sides.answered(s, hit, ls, re, mentions, d, earlier, source));
        }
        if (target.isEmpty() && !source.isEmpty() && sides.answersGap(s, hit, ls, mentions)) {
            // "Somali officials said Kenyan troops had crossed the border, a claim Nairobi denied": the claim
            // is the speaker's, whether or not what it says is coded
            target.addAll(speakers.speaker(s, hit.start(), mentions, d, earlier));
            removeSelfTargets(t.type(), source, target);
        }
        if (target.isEmpty() && !source.isEmpty() && (t.type() == EventType.THREATEN || t.type() == EventType.REQUEST)
                && !t.noun()) {
            // "warned that his forces would respond to any attack from Nigerian soil", "called for the
            // border to be reopened and said its hand remained outstretched to Algeria": a warning or
            // demand names whom it is aimed at in what it says
            target.addAll(arguments.otherCountryAfter(s, hit.end(), mentions, source));
        }
        if (target.isEmpty() && !source.isEmpty() && t.type().quadClass() == org.entente.model.plover.QuadClass.VERBAL_CONFLICT
                && !t.noun() && !s.heading()) {
            // "Minsk warned that it could retaliate": a warning, demand or charge with no one named is
            // aimed at the other side of the source's latest dispute, first in this sentence ("Its
            // ministry summoned Poland's envoy, and its spokesman denied ...")
            target.addAll(DiscourseSides.counterpart(source, earlier, d));
        }
        if (target.isEmpty() && !source.isEmpty() && (t.type() == EventType.REQUEST || t.type() == EventType.AGREE && t.has("mediation")) && !s.heading()
                && countries(d.lastPair).stream().noneMatch(countries(source)::contains)) {
            // "China called for restraint", "Saudi Arabia and Iran offered to mediate": an appeal or an
            // offer of mediation that names no one is made to the parties of the dispute
            target.addAll(d.lastPair);
        }
        if (target.isEmpty() && !source.isEmpty() && t.type() == EventType.MOBILIZE && !t.noun() && !s.heading()) {
            // "Minsk said it had not moved units towards the frontier": troops moved with no one named
            // face the other side of the source's latest conflict
            target.addAll(DiscourseSides.adversary(source, d));
        }
        if (target.isEmpty() && !source.isEmpty() && ReportedCharges.HOSTILE_ACTS.contains(t.type()) && !s.heading()) {
            target.addAll(charges.reporter(s, hit.start(), mentions, d, earlier, source));
        }
        if (t.has("anti") && target.isEmpty()) {
            mentions.stream().filter(m -> m.kind() == Kind.ANTI && Math.abs(m.start() - hit.start()) <= 4)
                    .findFirst().ifPresent(m -> target.add(m.actor()));
        }
        if (source.isEmpty() && t.type() == EventType.PROTEST) {
            // "several hundred people marched in Port Sudan": protesters nobody names are the place's people
            ProtestRoles.placeProtesters(mentions).ifPresent(source::add);
            own |= !source.isEmpty(); // the sentence's own protest, by the people of the place it names
        }
        if (t.type() == EventType.PROTEST) {
            // "marched through the capital, chanting slogans against X", "..., denouncing what they
            // called American interference": what the protest is against, ahead of flags and places
            List<Actor> against = protests.protestObject(s, hit, mentions, d, earlier);
            if (!against.isEmpty()) {
                target.clear();
                target.addAll(against);
            }
        }
        if (target.isEmpty() && t.type() == EventType.PROTEST) {
            target.addAll(ProtestRoles.protestedAt(mentions, source));
        }
        if (t.type() == EventType.ACCUSE && !target.isEmpty() && !source.isEmpty()
                && target.stream().allMatch(a -> a.country() == null && a.organization() != null)
                && (s.lower(hit.end()).equals("with") || s.lower(hit.end()).equals("to"))) {
            // "lodged a complaint with the African Union": the organisation hears the charge; it is
            // aimed at whom it names "against", else at the other side of the source's dispute
            List<Actor> named = againstAfter(s, hit, re, mentions, d, earlier);
            java.util.Set<String> hearing = countries(target);
            List<Actor> accused = !named.isEmpty() ? named : DiscourseSides.counterpart(source, earlier, d).stream()
                    .filter(a -> !hearing.contains(ActorLists.key(a))).toList();
            if (!accused.isEmpty()) {
                target.clear();
                target.addAll(accused);
            }
        }
        removeSelfTargets(t.type(), source, target);
        Modality modality = imposed != null ? imposed : modalities.modality(s, hit, ls, re);
        EventDating.When when = dating.of(s, hit, ls, re, d, modality);
        double confidence = (t.noun() ? 0.55 : 0.7) + (explicitSource ? 0.1 : 0) + (!target.isEmpty() ? 0.1 : 0)
                + (s.heading() ? -0.1 : 0);
        if (t.has("arrival") && forces.forcesArrive(s, hit.start(), ls)) {
            t = t.recoded("154"); // "Egyptian troops landed in Mogadishu": a deployment, not a visit
        }
        if (t.has("posture-unless-aimed") && !forces.aimed(s, hit, mentions, re)) {
            t = t.recoded("150"); // "fired a ballistic missile into the sea": a show of force
        }
        return new EventMention(t, s, hit.start(), dedupe(source), dedupe(target), own, modality, when.historical(),
                when.date(), when.precision(), PlaceFinder.place(s, hit, mentions, ls, re), attribution,
                Math.min(0.95, confidence), inBackground(d.clauses, hit.start()));
    }

    /** Whether token {@code i} stands in a relative or subordinate clause ("after a jet shot down ..."). */
    private static boolean inBackground(Clause clauses, int i) {
        Clause inner = clauses == null ? null : clauses.innermostAt(i);
        return inner != null && (inner.kind() == Clause.Kind.RELATIVE || inner.kind() == Clause.Kind.SUBORDINATE);
    }

    /** The actors named after "against", "at" or "on" later in the clause ("filed a complaint with the council against Israel"). */
    private List<Actor> againstAfter(Sentence s, Hit hit, int re, List<ActorMention> mentions, Discourse d,
                                     List<EventMention> earlier) {
        for (int k = hit.end(); k < re; k++) {
            if (cues.is(Cue.AIM_PREPOSITION, s.lower(k))) {
                List<Actor> named = arguments.firstAfter(s, k + 1, Math.min(re, k + 4), mentions, d, earlier);
                if (!named.isEmpty()) {
                    return named;
                }
            }
        }
        return List.of();
    }

    /**
     * The country or organisation an actor belongs to: what event keys are made of; for a PETRARCH
     * agent that no actor names, its code ({@code ---GOV}); null for other actors with neither.
     */
    public static String key(Actor actor) {
        return ActorLists.key(actor);
    }

    /** Records what the sentence established for the next ones: its focus, pair, group country, date and events. */
    private static void update(Discourse d, Sentence s, List<ActorMention> mentions, List<EventMention> events) {
        for (ActorMention m : mentions) {
            if (m.kind() == Kind.PERSON && m.actor() != null) {
                d.focusPerson = m.actor();
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.isParticipant() && m.kind() != Kind.PERSON) {
                d.focusActor = m.actor();
                break;
            }
        }
        for (ActorMention m : mentions) {
            if (m.actor() != null && m.isParticipant()) {
                d.previousSubject = m.actor();
                if (m.kind() != Kind.PERSON && m.actor().country() != null && m.actor().organization() == null) {
                    d.countrySubject = m.actor().country();
                    d.countrySubjectSentence = s.index();
                }
                break;
            }
        }
        d.history.addAll(events);
        for (EventMention e : events) {
            List<Actor> both = new ArrayList<>(e.source());
            both.addAll(e.target());
            // the pair "both sides" means: two parties of a dispute, not a party and the body it appealed
            // to, nor a third party and the two it turned to
            boolean notThePair = e.trigger().type() == EventType.REQUEST && !e.target().isEmpty()
                    && e.target().stream().allMatch(a -> a.organization() != null && a.country() == null)
                    || countries(e.target()).size() >= 2;
            if (countries(both).size() >= 2 && !notThePair) {
                d.lastPair = both;
            }
            for (Actor a : both) {
                if (a.role() == org.entente.model.actor.ActorRole.CVL && a.country() != null) {
                    d.lastGroupCountry = a.country();
                }
            }
        }
        String place = sentencePlaceCountry(mentions);
        if (place != null && mentions.stream().anyMatch(m -> m.kind() == Kind.GROUP)) {
            d.lastGroupCountry = place;
        }
        // a story's date stands in for a time the text does not give; it dates no sentence after
        events.stream().filter(e -> e.date() != null && e.precision() != DatePrecision.REPORTED).findFirst().ifPresent(e -> {
            d.previousDate = e.date();
            d.previousPrecision = e.precision();
            d.previousDatedSentence = s.index();
            d.previousDatedParagraph = s.paragraph();
        });
    }
}
