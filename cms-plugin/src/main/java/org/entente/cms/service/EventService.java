package org.entente.cms.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.entente.cms.persistence.EventEntity;
import org.entente.cms.persistence.StoryRepository;
import org.entente.model.plover.EventType;

/** The coded events of the stored stories, queried by actor, type and date. */
@ApplicationScoped
public class EventService {
    @Inject
    StoryRepository stories;

    /**
     * Events matching every filter given (null: any), newest first.
     *
     * @param actor a country or organisation code taking part
     * @param type  the PLOVER type
     * @param from  the first event date
     * @param to    the last event date
     * @param max   at most this many
     */
    public List<EventHit> find(String actor, EventType type, LocalDate from, LocalDate to, int max) {
        return stories.events(actor, type == null ? null : type.name(), from, to, max).stream().map(EventService::hit).toList();
    }

    private static EventHit hit(EventEntity e) {
        List<String> participants = Arrays.stream(e.participants.strip().split(" ")).filter(s -> !s.isEmpty()).toList();
        return new EventHit(e.storyId, e.eventId, e.type, e.cameo, participants, e.eventDate, e.modality);
    }
}
