package org.entente.cms.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.entente.cms.service.EventHit;
import org.entente.cms.service.EventService;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Organizations;
import org.entente.model.plover.EventType;

/** {@code GET /api/v1/events?actor=KOR&type=CONSULT&from=2025-10-01&to=2025-12-31&limit=100}: coded events. */
@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {
    /** The most events one query returns. */
    static final int MAX_LIMIT = 1000;

    @Inject
    EventService events;

    /**
     * Events matching every filter given.
     *
     * @param actor a country (ISO alpha-3) or organisation code taking part
     * @param type  a PLOVER event type
     * @param from  first event date, YYYY-MM-DD
     * @param to    last event date, YYYY-MM-DD
     * @param limit at most this many (1 to 1000, default 100)
     */
    @GET
    public List<EventHit> events(@QueryParam("actor") String actor, @QueryParam("type") String type,
                                 @QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("limit") String limit) {
        String actorCode = actor == null || actor.isBlank() ? null : actor.strip().toUpperCase(Locale.ROOT);
        if (actorCode != null && !Countries.isKnown(actorCode) && !Organizations.isKnown(actorCode)) {
            throw new BadRequestException("actor must be an ISO 3166-1 alpha-3 country or an organisation code, was " + Problem.clip(actor));
        }
        EventType eventType = type == null || type.isBlank() ? null : EventType.ofName(Problem.clip(type));
        int max = limit == null ? 100 : parseLimit(limit);
        return events.find(actorCode, eventType, date(from, "from"), date(to, "to"), max);
    }

    private static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " must be a date as YYYY-MM-DD, was " + Problem.clip(value));
        }
    }

    private static int parseLimit(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new BadRequestException("limit must be a whole number from 1 to " + MAX_LIMIT + ", was " + Problem.clip(value));
    }
}
