package org.entente.extract.assemble;

import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.actor.ActorMentionFinder;
import org.entente.extract.pipeline.Document;
import org.entente.extract.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMention.Kind;
import org.entente.extract.text.Sentence;
import org.entente.model.Event;
import org.entente.model.Tag;
import org.entente.model.TagKind;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Organizations;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;

/**
 * Last stage: the article's tags, one per entity (a person named "Trump", "President Trump" and
 * "Donald Trump" is one tag): countries, people, organisations, places, event types and topics.
 * Relevance rises with mentions, a place in the headline or opening, and a part in the main event.
 * Stateless and thread-safe.
 */
public final class Tagger implements Stage {
    /** The article's tags, most relevant first. */
    public static final Layer<List<Tag>> TAGS = Layer.of("tags", List.class);


    private static final class Tally {
        final TagKind kind;
        final String key;
        final String label;
        int mentions;
        boolean early;
        double confidence;

        Tally(TagKind kind, String key, String label, double confidence) {
            this.kind = kind;
            this.key = key;
            this.label = label;
            this.confidence = confidence;
        }
    }

    /** The tags of an article, most relevant first. */
    public List<Tag> tag(List<Sentence> sentences, List<List<ActorMention>> mentions, List<Event> events, Event main) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            boolean early = i <= 1;
            for (ActorMention m : mentions.get(i)) {
                Actor a = m.actor();
                if (m.place() != null && (m.kind() == Kind.PLACE || m.locative() && m.kind() == Kind.GOVERNMENT)) {
                    count(tallies, TagKind.PLACE, m.place().name(), m.place().name(), 0.85, early);
                }
                if (a == null || m.kind() == Kind.ANTI) {
                    continue;
                }
                if (a.country() != null) {
                    count(tallies, TagKind.COUNTRY, a.country(), Countries.get(a.country()).name(),
                            m.kind() == Kind.COUNTRY && m.modifier() ? 0.8 : 0.95, early);
                }
                switch (m.kind()) {
                    case PERSON -> {
                        if (isNamedPerson(a)) {
                            count(tallies, TagKind.PERSON, a.name(), a.name(), a.id() != null ? 0.95 : 0.85, early);
                        }
                    }
                    case ORGANIZATION -> count(tallies, TagKind.ORGANIZATION, a.organization(),
                            Organizations.get(a.organization()).name(), 0.9, early);
                    case COMPANY -> count(tallies, TagKind.ORGANIZATION, a.name(), a.name(), 0.85, early);
                    default -> {
                        if (a.organization() != null) {
                            count(tallies, TagKind.ORGANIZATION, a.organization(), Organizations.get(a.organization()).name(), 0.9, early);
                        }
                    }
                }
            }
        }
        Map<EventType, List<Event>> byType = events.stream().collect(Collectors.groupingBy(Event::type, LinkedHashMap::new, Collectors.toList()));
        byType.forEach((type, list) -> {
            Tally t = count(tallies, TagKind.EVENT_TYPE, type.name(), label(type.name()),
                    list.stream().mapToDouble(Event::confidence).max().orElse(0.5), false);
            t.mentions = list.stream().mapToInt(e -> e.evidence().size()).sum();
            t.early = main != null && main.type() == type;
        });
        for (Event e : events) {
            for (Context c : e.contexts()) {
                count(tallies, TagKind.TOPIC, c.label(), label(c.label()), 0.6, e == main);
            }
        }
        Set<String> mainParticipants = main == null ? Set.of() : participants(main);
        Map<TagKind, Integer> most = new LinkedHashMap<>();
        tallies.values().forEach(t -> most.merge(t.kind, t.mentions, Math::max));
        List<Tag> tags = new ArrayList<>();
        for (var entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            double relevance = 0.15 + 0.45 * t.mentions / Math.max(1, most.get(t.kind)) + (t.early ? 0.2 : 0)
                    + (mainParticipants.contains(entry.getKey()) ? 0.2 : 0);
            tags.add(Tag.of(t.kind, t.key, t.label, round(Math.min(1.0, relevance)), round(Math.min(0.99, t.confidence))));
        }
        tags.sort(Comparator.comparingDouble(Tag::relevance).reversed().thenComparing(Tag::id));
        return tags;
    }

    private static Tally count(Map<String, Tally> tallies, TagKind kind, String key, String label, double confidence, boolean early) {
        // Tallied by the tag's id, so that names differing only in case or punctuation make one tag
        // (found by ExtractorHtmlFuzzTest: "Lee Jae Myung" and "Lee Jae MYung" made two of one id).
        String id = id(kind, key);
        if (id == null) {
            return new Tally(kind, key, label, confidence); // nothing to tag: counted nowhere
        }
        Tally t = tallies.computeIfAbsent(id, k -> new Tally(kind, key, label, confidence));
        t.mentions++;
        t.early |= early;
        t.confidence = Math.max(t.confidence, confidence);
        return t;
    }

    /** The id of the tag for {@code key}, or null for a key with no letters or digits, which makes no tag. */
    private static String id(TagKind kind, String key) {
        try {
            return Tag.idOf(kind, key);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<String> participants(Event main) {
        List<Actor> all = new ArrayList<>(main.source());
        all.addAll(main.target());
        Set<String> keys = new java.util.HashSet<>();
        for (Actor a : all) {
            if (a.country() != null) {
                keys.add(id(TagKind.COUNTRY, a.country()));
            }
            if (a.organization() != null) {
                keys.add(id(TagKind.ORGANIZATION, a.organization()));
            }
            if (isNamedPerson(a)) {
                keys.add(id(TagKind.PERSON, a.name()));
            }
        }
        keys.add(id(TagKind.EVENT_TYPE, main.type().name()));
        return keys;
    }

    /** A person with a name, not an office described ("South Korea defence minister"). */
    private static boolean isNamedPerson(Actor a) {
        return a.country() == null || !a.name().startsWith(Countries.get(a.country()).name() + " ");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String label(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES, ActorMentionFinder.ACTOR_MENTIONS, EventAssembler.EVENTS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TAGS);
    }

    /** Adds the {@link #TAGS} of the document's actors and events. */
    @Override
    public Document apply(Document document) {
        EventAssembler.Assembled events = document.get(EventAssembler.EVENTS);
        return document.with(TAGS, tag(document.get(SentenceSplitter.SENTENCES),
                document.get(ActorMentionFinder.ACTOR_MENTIONS), events.events(), events.main()));
    }
}
