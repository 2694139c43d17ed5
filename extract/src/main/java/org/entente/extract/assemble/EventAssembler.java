package org.entente.extract.assemble;

import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.extract.event.EventFinder;
import org.entente.extract.event.EventMention;
import org.entente.extract.event.EventMentionFinder;
import org.entente.extract.text.Sentence;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.Evidence;
import org.entente.model.Modality;
import org.entente.model.actor.Actor;
import org.entente.model.plover.Context;

/**
 * Fifth stage: merges the mentions of one event into one {@link Event} with all its evidence and
 * chooses the article's main event. Mentions that name both sides ("Xi will meet Lee") found events;
 * mentions with a same type and dyad, compatible dates and places join them; mentions that name one
 * side or none ("the talks", "Xi's visit") only add evidence to an event named elsewhere, never make
 * one, except in a text where no mention names both sides: its first verb that names one side
 * ("Police detained 20 protesters") is then its one event, at low confidence. Stateless and thread-safe.
 */
public final class EventAssembler implements Stage {
    /** The events, merged from their mentions, and the main event. */
    public static final Layer<Assembled> EVENTS = Layer.of("events", Assembled.class);

    /** The confidence of a text's one-sided fallback event: below every event that names its sides. */
    static final double ONE_SIDED_CONFIDENCE = 0.4;

    private final boolean oneSidedPatterns;
    private final boolean oneSidedFallback;

    /** An assembler whose events name both sides, with the one-sided fallback for texts that have none. */
    public EventAssembler() {
        this(false, true);
    }

    /**
     * An assembler that also makes an event of a PETRARCH pattern's mention that names one side only
     * ({@code oneSidedPatterns}, PETRARCH's {@code require_dyad = False}): its source with no target,
     * or its target with no source; and, with {@code oneSidedFallback}, an event of a text's first
     * one-sided verb when no mention names both sides.
     */
    public EventAssembler(boolean oneSidedPatterns, boolean oneSidedFallback) {
        this.oneSidedPatterns = oneSidedPatterns;
        this.oneSidedFallback = oneSidedFallback;
    }


    /** The events of an article and the one it is chiefly about (null if none). */
    public record Assembled(List<Event> events, Event main) {
    }

    /** The mentions of one event, with what they have settled so far, so that adding one costs O(log n). */
    private final class Group {
        final List<EventMention> mentions = new ArrayList<>();
        final String key;
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> targets = new LinkedHashSet<>();
        final java.util.TreeSet<Integer> sentences = new java.util.TreeSet<>();
        java.time.LocalDate date;
        DatePrecision precision;
        /** Whether the group is a text's one-sided fallback event, whose mention names one side only. */
        boolean oneSided;
        String placeCountry;

        Group(String key, EventMention first) {
            this.key = key;
            add(first);
        }

        EventMention first() {
            return mentions.get(0);
        }

        void add(EventMention m) {
            mentions.add(m);
            sentences.add(m.sentence().index());
            if (full(m)) {
                participants.addAll(keys(m.source()));
                participants.addAll(keys(m.target()));
                sources.addAll(keys(m.source()));
                targets.addAll(keys(m.target()));
                if (date == null && toldDate(m) != null) {
                    date = m.date();
                    precision = m.precision();
                }
                placeCountry = placeCountry != null || m.place() == null ? placeCountry : m.place().country();
            }
        }
    }

    /** Merges {@code mentions} (in text order) into events. */
    public Assembled assemble(List<EventMention> mentions) {
        List<Group> groups = new ArrayList<>();
        List<EventMention> partial = new ArrayList<>();
        for (EventMention m : mentions) {
            if (!full(m)) {
                partial.add(m);
                continue;
            }
            String key = key(m);
            Group group = groups.stream().filter(g -> g.key.equals(key) && compatible(g, m)).findFirst().orElse(null);
            if (group == null) {
                groups.add(new Group(key, m));
            } else {
                group.add(m);
            }
        }
        for (EventMention m : partial) {
            Set<String> keys = keys(m.source());
            keys.addAll(keys(m.target()));
            groups.stream()
                    // "will meet in Naqoura on Friday" is no evidence of a phone call told for today
                    .filter(g -> g.first().trigger().type() == m.trigger().type() && fits(g, m, keys) && compatible(g, m))
                    .min(Comparator.comparingInt(g -> distanceBack(g, m)))
                    .ifPresent(g -> g.add(m));
        }
        groups.sort(Comparator.comparingInt(g -> g.mentions.stream().mapToInt(m -> m.sentence().start()).min().orElse(0)));
        List<Event> events = new ArrayList<>();
        Event main = null;
        double best = -1;
        for (Group group : groups) {
            Event event = build("e" + (events.size() + 1), group);
            events.add(event);
            double score = score(group, event);
            if (score > best) {
                best = score;
                main = event;
            }
        }
        if (events.isEmpty() && oneSidedFallback) {
            // a short text whose actors no list codes still says what happened
            EventMention oneSided = mentions.stream()
                    .filter(m -> m.own() && (!keys(m.source()).isEmpty() || !keys(m.target()).isEmpty()))
                    .min(Comparator.comparing((EventMention m) -> m.trigger().noun())
                            .thenComparingInt(m -> m.sentence().start()).thenComparingInt(EventMention::position))
                    .orElse(null);
            if (oneSided != null) {
                Group group = new Group(key(oneSided), oneSided);
                group.oneSided = true;
                main = build("e1", group);
                events.add(main);
            }
        }
        return new Assembled(events, main);
    }

    /** Whether a mention founds an event: it names both sides, or it is a one-sided pattern's and they are allowed. */
    private boolean full(EventMention m) {
        return isFull(m) || oneSidedPatterns && m.own() && m.trigger().pattern() != null
                && (!keys(m.source()).isEmpty() || !keys(m.target()).isEmpty());
    }

    /** Whether a mention names its own two sides: a source and a target, or two sources of different countries. */
    private static boolean isFull(EventMention m) {
        if (!m.own() || m.source().isEmpty()) {
            return false;
        }
        Set<String> sources = keys(m.source());
        Set<String> targets = keys(m.target());
        if (m.trigger().type().isSymmetric()) {
            Set<String> all = new LinkedHashSet<>(sources);
            all.addAll(targets);
            return all.size() >= 2; // a meeting needs two sides
        }
        // Several sources and no target is PLOVER's joint action ("A and B signed"): something done
        // together, which conflict is not ("A, B and C condemned the launch" needs its target) unless
        // the act is reciprocal ("A and B traded fire").
        return !targets.isEmpty() || sources.size() >= 2
                && (m.trigger().type().quadClass().isCooperation() || m.trigger().has("reciprocal"));
    }

    /** Same type and the same sides: one unordered set for symmetric types or a one-sided list, else source -> target. */
    private static String key(EventMention m) {
        Set<String> sources = keys(m.source());
        Set<String> targets = keys(m.target());
        // A PETRARCH pattern codes one CAMEO event per match ("arrived" is a visit and the host's
        // reception of it): its mentions merge only with mentions of the same code.
        String type = m.trigger().pattern() == null ? m.trigger().type().name() : m.trigger().type() + " " + m.trigger().cameo();
        if (m.trigger().type().isSymmetric() || targets.isEmpty()) {
            Set<String> all = new TreeSet<>(sources);
            all.addAll(targets);
            return type + " " + all;
        }
        return type + " " + new TreeSet<>(sources) + " -> " + new TreeSet<>(targets);
    }

    /**
     * Whether a one-sided mention can be part of the group's event: its countries are among the
     * event's, on the same side unless the type is symmetric ("Xi calls for ..." is no part of
     * Lee's request to Xi).
     */
    private static boolean fits(Group g, EventMention m, Set<String> keys) {
        if (m.trigger().type().isSymmetric()) {
            return g.participants.containsAll(keys);
        }
        return g.sources.containsAll(keys(m.source())) && g.targets.containsAll(keys(m.target()));
    }

    /** How far back the group was last mentioned; groups mentioned only later rank after all earlier ones. */
    private static int distanceBack(Group g, EventMention m) {
        int index = m.sentence().index();
        Integer nearestBefore = g.sentences.floor(index);
        if (nearestBefore != null) {
            return index - nearestBefore;
        }
        return Integer.MAX_VALUE / 2 + g.sentences.first() - index;
    }

    /** A full mention joins a group only if its date and place agree with what the group has settled. */
    private static boolean compatible(Group g, EventMention m) {
        java.time.LocalDate told = toldDate(m);
        return (g.date == null || told == null || holds(g.date, g.precision, told, m.precision())
                || holds(told, m.precision(), g.date, g.precision))
                && (g.placeCountry == null || m.place() == null || g.placeCountry.equals(m.place().country()));
    }

    /** Whether the period {@code outer} holds the date {@code inner}: "this year" holds November 1. */
    private static boolean holds(java.time.LocalDate outer, DatePrecision outerPrecision, java.time.LocalDate inner,
                                 DatePrecision innerPrecision) {
        return outerPrecision.ordinal() >= innerPrecision.ordinal() && outer.equals(outerPrecision.truncate(inner));
    }

    /** The date the text gives the mention, or null: the story's date does not tell two events apart. */
    private static java.time.LocalDate toldDate(EventMention m) {
        return m.precision() == DatePrecision.REPORTED ? null : m.date();
    }

    private static Set<String> keys(List<Actor> actors) {
        Set<String> keys = new LinkedHashSet<>();
        for (Actor a : actors) {
            String key = EventFinder.key(a);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    private Event build(String id, Group group) {
        EventMention lead = group.mentions.stream().filter(m -> !m.trigger().noun() && full(m)).findFirst()
                .orElse(group.first());
        Map<String, Actor> source = new LinkedHashMap<>();
        Map<String, Actor> target = new LinkedHashMap<>();
        // A PETRARCH pattern codes each actor its dictionaries name ("Danish media and government":
        // DNKMED and DNKGOV); Entente keeps one per country and side
        boolean byCode = lead.trigger().pattern() != null;
        for (EventMention m : group.mentions) {
            if (!full(m) && !group.oneSided) {
                continue;
            }
            m.source().forEach(a -> prefer(source, a, byCode));
            m.target().forEach(a -> prefer(target, a, byCode));
        }
        if (lead.trigger().type().isSymmetric()) {
            target.keySet().removeAll(source.keySet()); // "A met B" and "B met A": each side once
        }
        Set<Context> contexts = new LinkedHashSet<>();
        Map<Integer, Sentence> evidence = new LinkedHashMap<>();
        for (EventMention m : group.mentions) {
            contexts.addAll(m.trigger().contexts());
            evidence.putIfAbsent(m.sentence().index(), m.sentence());
        }
        // Date and place come from the mentions that name the event fully; "the 2017 deployment" beside
        // a bare "the ban" says nothing about the ban's date.
        // A verb whose sides come from "he" or "they" still tells when it happened, and any time the
        // text gives beats the story's date.
        EventMention dated = group.mentions.stream().filter(m -> m.date() != null && (full(m) || !m.trigger().noun()))
                .min(Comparator.comparing((EventMention m) -> m.precision() == DatePrecision.REPORTED)
                        .thenComparing(m -> !full(m))
                        .thenComparingInt(m -> m.precision().ordinal()))
                .orElse(null);
        EventMention placed = group.mentions.stream().filter(m -> m.place() != null && full(m)).findFirst()
                .orElse(group.mentions.stream().filter(m -> m.place() != null && m.own()).findFirst().orElse(null));
        String attribution = group.mentions.stream().map(EventMention::attribution).filter(Objects::nonNull).findFirst().orElse(null);
        double confidence = group.oneSided ? ONE_SIDED_CONFIDENCE
                : group.mentions.stream().mapToDouble(EventMention::confidence).max().orElse(0.5)
                + 0.03 * (group.mentions.size() - 1);
        return Event.builder(id, lead.trigger().type())
                .mode(lead.trigger().mode())
                .contexts(List.copyOf(contexts))
                .cameo(lead.trigger().cameo())
                .source(List.copyOf(source.values()))
                .target(List.copyOf(target.values()))
                .modality(modality(group, lead))
                .historical(lead.historical())
                .date(dated == null ? null : dated.date(), dated == null ? null : dated.precision())
                .place(placed == null ? null : placed.place())
                .evidence(evidence.values().stream().sorted(Comparator.comparingInt(Sentence::start))
                        .map(s -> new Evidence(s.text(), s.start(), s.end())).toList())
                .attribution(attribution)
                .confidence(Math.round(Math.min(0.99, confidence) * 100) / 100.0)
                .build();
    }

    /** The lead mention's modality, unless it is a headline's present tense and the body says otherwise. */
    private static Modality modality(Group group, EventMention lead) {
        if (lead.sentence().heading()) {
            return group.mentions.stream().filter(m -> !m.sentence().heading()).map(EventMention::modality).findFirst()
                    .orElse(lead.modality());
        }
        return lead.modality();
    }

    /**
     * Keeps one actor per country (or per code, {@code byCode}): a named person over an institution,
     * over a group noun, over the bare country.
     */
    private static void prefer(Map<String, Actor> side, Actor actor, boolean byCode) {
        String key = EventFinder.key(actor);
        if (key == null) {
            return;
        }
        if (byCode) {
            key = actor.code();
        }
        Actor present = side.get(key);
        if (present == null || specificity(actor) > specificity(present)) {
            side.put(key, actor);
        }
    }

    private static int specificity(Actor actor) {
        if (actor.role() == null) {
            return 0;
        }
        if (actor.country() != null) {
            String countryName = org.entente.model.actor.Countries.get(actor.country()).name();
            if (actor.name().startsWith(countryName + " ")) {
                return 1; // "South Korea leaders", "China military"
            }
            if (actor.name().equals(org.entente.model.actor.Countries.get(actor.country()).capital())) {
                return 2; // "Seoul" for the government
            }
        }
        return actor.id() != null ? 4 : 3;
    }

    private static double score(Group group, Event event) {
        double score = 0;
        for (EventMention m : group.mentions) {
            score += m.trigger().noun() ? 0.7 : 1.0;
            if (m.sentence().index() == 0) {
                score += 2;
            } else if (m.sentence().index() <= 2) {
                score += 1;
            }
        }
        score += event.confidence();
        if (group.mentions.stream().allMatch(EventMention::background)) {
            score *= 0.6; // "Italy suspended air links, a day after a Serbian jet shot down a helicopter"
        }
        if (event.historical()) {
            score *= 0.3;
        }
        if (event.modality() == Modality.NEGATED) {
            score *= 0.5;
        }
        return score;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(EventMentionFinder.EVENT_MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(EVENTS);
    }

    /** Adds the {@link #EVENTS} assembled from the event mentions. */
    @Override
    public Document apply(Document document) {
        return document.with(EVENTS, assemble(document.get(EventMentionFinder.EVENT_MENTIONS)));
    }
}
