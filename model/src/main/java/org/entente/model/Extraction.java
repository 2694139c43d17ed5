package org.entente.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.model.internal.Checks;

/**
 * Everything Entente coded from one article.
 *
 * @param article   the article analysed
 * @param events    the events coded, each once, with all its evidence
 * @param tags      the article's tags, one per entity, most relevant first
 * @param mainEvent the event the article is chiefly about, one of {@code events}, or null if none
 * @since 0.1
 */
public record Extraction(Article article, List<Event> events, List<Tag> tags, Event mainEvent) {

    /** Checks that event and tag ids are unique and that the main event is one of the events. */
    public Extraction {
        Checks.required(article, "article");
        events = Checks.listOf(events, "events");
        tags = Checks.listOf(tags, "tags");
        requireUniqueIds(events.stream().map(Event::id).toList(), "event");
        requireUniqueIds(tags.stream().map(Tag::id).toList(), "tag");
        if (mainEvent != null && !events.contains(mainEvent)) {
            throw new IllegalArgumentException("mainEvent " + mainEvent.id() + " is not one of the events");
        }
    }

    private static void requireUniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Duplicate " + what + " id " + id);
            }
        }
    }
}
