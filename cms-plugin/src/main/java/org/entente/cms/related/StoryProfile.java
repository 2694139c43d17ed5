package org.entente.cms.related;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.TagKind;
import org.entente.model.actor.Actor;

/**
 * What related coverage compares of a story, small enough to keep every stored story in memory.
 *
 * @param id        the CMS's id of the story
 * @param title     its headline, shown with a match
 * @param published its publication date, if known
 * @param mainEvent its main event, or null when it has none
 * @param actorTags its country, person and organisation tags (rejected ones excluded)
 * @param terms     its most frequent words
 */
public record StoryProfile(String id, String title, LocalDate published, MainEvent mainEvent, Set<String> actorTags,
                           Terms terms) {
    /** The kinds of tag that are a story's actors. */
    public static final Set<TagKind> ACTOR_KINDS = EnumSet.of(TagKind.COUNTRY, TagKind.PERSON, TagKind.ORGANIZATION);

    public StoryProfile {
        actorTags = Set.copyOf(actorTags);
    }

    /** The profile of a story analysed as {@code extraction}, before any editor's decision. */
    public static StoryProfile of(String id, Extraction extraction) {
        Event main = extraction.mainEvent();
        MainEvent event = main == null ? null : new MainEvent(main.type().name(), MainEvent.participants(main), main.date(),
                main.place() == null ? null : main.place().country());
        Set<String> actors = extraction.tags().stream().filter(t -> ACTOR_KINDS.contains(t.kind()))
                .map(t -> t.id()).collect(Collectors.toSet());
        return new StoryProfile(id, extraction.article().title(), extraction.article().published(), event, actors,
                Terms.of(extraction.article().text()));
    }

    /**
     * A story's main event as related coverage compares it.
     *
     * @param type         the PLOVER type name, e.g. CONSULT
     * @param participants the countries and organisations on either side, sorted and space-separated ("CHN KOR")
     * @param date         when it happened, if known
     * @param placeCountry the country it happened in, if known
     */
    public record MainEvent(String type, String participants, LocalDate date, String placeCountry) {
        public MainEvent {
            type = type.intern(); // compared for every candidate
            participants = participants.intern();
        }

        /** The countries, else organisations, on either side of an event: sorted, distinct, space-separated. */
        public static String participants(Event event) {
            List<Actor> all = new ArrayList<>(event.source());
            all.addAll(event.target());
            return all.stream().map(a -> a.country() != null ? a.country() : a.organization()).filter(Objects::nonNull)
                    .distinct().sorted().collect(Collectors.joining(" "));
        }

        /** The same type between the same parties. */
        boolean sameAs(MainEvent other) {
            return type.equals(other.type) && participants.equals(other.participants);
        }
    }
}
