package org.entente.cms.related;

import java.time.LocalDate;
import java.util.Set;

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
    public StoryProfile {
        actorTags = Set.copyOf(actorTags);
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

        /** The same type between the same parties. */
        boolean sameAs(MainEvent other) {
            return type.equals(other.type) && participants.equals(other.participants);
        }
    }
}
