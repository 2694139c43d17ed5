package org.entente.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;
import org.entente.model.plover.QuadClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class EventTest {

    @Test
    void theBuilderDerivesCameoGoldsteinAndQuadClass() {
        Event meeting = Fixtures.meeting();
        assertEquals("040", Event.builder("x", EventType.CONSULT).build().cameo());
        assertEquals("040", meeting.cameo(), "no CAMEO code has the multilateral mode: the general CONSULT code");
        assertEquals(1.0, meeting.goldstein());
        assertEquals(QuadClass.VERBAL_COOPERATION, meeting.quadClass());
        assertEquals("Consult", meeting.cameoCode().name());
        Event threat = Event.builder("t", EventType.THREATEN).mode(Mode.RESTRICT).context(Context.ECONOMIC).build();
        assertEquals("1312", threat.cameo());
        assertEquals(-5.8, threat.goldstein());
    }

    @Test
    void defaultsAreAssertedUndatedAndFullyConfident() {
        Event event = Event.builder("x", EventType.AID).build();
        assertEquals(Modality.ASSERTED, event.modality());
        assertEquals(DatePrecision.UNKNOWN, event.datePrecision());
        assertNull(event.date());
        assertEquals(1.0, event.confidence());
        assertTrue(event.source().isEmpty() && event.evidence().isEmpty() && event.contexts().isEmpty());
    }

    @Test
    void datesAreTruncatedToTheirPrecision() {
        Event june = Event.builder("x", EventType.CONSULT).date(LocalDate.of(2025, 6, 17), DatePrecision.MONTH).build();
        assertEquals(LocalDate.of(2025, 6, 1), june.date());
        Event year = Event.builder("x", EventType.CONSULT).date(LocalDate.of(2016, 8, 9), DatePrecision.YEAR).build();
        assertEquals(LocalDate.of(2016, 1, 1), year.date());
        Event week = Event.builder("x", EventType.CONSULT).date(LocalDate.of(2026, 3, 1), DatePrecision.WEEK).build();
        assertEquals(LocalDate.of(2026, 2, 23), week.date(), "the Monday of the ISO week of Sunday 1 March 2026");
        assertEquals(LocalDate.of(2026, 3, 2), DatePrecision.WEEK.truncate(LocalDate.of(2026, 3, 2)), "a Monday is its own week's");
        Event day = Event.builder("x", EventType.CONSULT).date(LocalDate.of(2025, 11, 1), null).build();
        assertEquals(DatePrecision.DAY, day.datePrecision());
        Event reported = Event.builder("x", EventType.CONSULT).date(LocalDate.of(2026, 3, 4), DatePrecision.REPORTED).build();
        assertEquals(LocalDate.of(2026, 3, 4), reported.date(), "a story's date is a day");
    }

    @Test
    void anExplicitCameoCodeOfAnotherTypeIsKept() {
        Event planned = Event.builder("x", EventType.CONSULT).modality(Modality.FUTURE).cameo("036").build();
        assertEquals("036", planned.cameo());
        assertEquals(4.0, planned.goldstein());
    }

    @Test
    void toBuilderCopiesEveryValue() {
        Event meeting = Fixtures.meeting();
        assertEquals(meeting, meeting.toBuilder().build());
        assertEquals(2, meeting.toBuilder().evidence(new Evidence("x", 3, 4)).build().evidence().size());
    }

    @Test
    void invalidEventsFailWithClearMessages() {
        assertMessage("Event type is required (one of the 16 PLOVER types)", () -> Event.builder("x", null).build());
        assertMessage("id must not be blank", () -> Event.builder(" ", EventType.AID).build());
        assertMessage("confidence must be between 0 and 1, was 1.5",
                () -> Event.builder("x", EventType.AID).confidence(1.5).build());
        assertMessage("confidence must be between 0 and 1, was NaN",
                () -> Event.builder("x", EventType.AID).confidence(Double.NaN).build());
        assertMessage("Mode visit is not a mode of AID, which has none",
                () -> Event.builder("x", EventType.AID).mode(Mode.VISIT).build());
        assertMessage("Unknown CAMEO code '999'", () -> Event.builder("x", EventType.AID).cameo("999").build());
        assertMessage("date null does not fit datePrecision DAY: a date needs DAY, WEEK, MONTH, YEAR or REPORTED precision, and UNKNOWN needs no date",
                () -> Event.builder("x", EventType.AID).date(null, DatePrecision.DAY).build());
        assertMessage("goldstein 9.0 does not match CAMEO 070 (7.0)", () -> new Event("x", EventType.AID, null, List.of(),
                "070", null, 9.0, List.of(), List.of(), null, false, null, null, null, List.of(), null, 1.0));
        assertMessage("quadClass MATERIAL_CONFLICT does not match AID (MATERIAL_COOPERATION)", () -> new Event("x",
                EventType.AID, null, List.of(), null, QuadClass.MATERIAL_CONFLICT, null, List.of(), List.of(), null, false,
                null, null, null, List.of(), null, 1.0));
    }

    @Test
    void invalidPartsFailWithClearMessages() {
        assertMessage("Evidence span 0..5 is 5 characters long but its text has 4", () -> new Evidence("talk", 0, 5));
        assertMessage("Evidence offsets must satisfy 0 <= start <= end, were 5..2", () -> new Evidence("", 5, 2));
        assertMessage("lat must be between -90.0 and 90.0, was 91.0", () -> new Place("Nowhere", null, 91.0, 0.0));
        assertMessage("Place lat and lon go together: give both or neither", () -> new Place("Seoul", "KOR", 37.5, null));
        assertMessage("text is required", () -> Article.of("a", null));
        assertMessage("url must be absolute, was /news/1", () -> new Article("a", null, "", "/news/1", null, null));
        assertMessage("Tag id must be 'country:<key>' for a COUNTRY tag, was person:KOR",
                () -> new Tag("person:KOR", TagKind.COUNTRY, "South Korea", 1, 1));
        assertMessage("relevance must be between 0 and 1, was -0.1", () -> Tag.of(TagKind.TOPIC, "trade", "Trade", -0.1, 1));
        Event meeting = Fixtures.meeting();
        assertMessage("mainEvent e1 is not one of the events",
                () -> new Extraction(Fixtures.article(), List.of(), List.of(), meeting));
        assertMessage("Duplicate event id e1",
                () -> new Extraction(Fixtures.article(), List.of(meeting, meeting), List.of(), null));
        assertMessage("events element is required",
                () -> new Extraction(Fixtures.article(), java.util.Arrays.asList(meeting, null), List.of(), null));
    }

    @Test
    void tagIdsAreStableSlugs() {
        assertEquals("person:lee-jae-myung", Tag.of(TagKind.PERSON, "Lee Jae Myung", "Lee Jae Myung", 1, 1).id());
        assertEquals("country:KOR", Tag.of(TagKind.COUNTRY, "KOR", "South Korea", 1, 1).id());
        assertEquals("event-type:CONSULT", Tag.of(TagKind.EVENT_TYPE, "CONSULT", "Consult", 1, 1).id());
        assertEquals("place:gyeongju", Tag.of(TagKind.PLACE, "  Gyeongju ", "Gyeongju", 1, 1).id());
        assertMessage("Tag key '!!' has no letters or digits", () -> Tag.of(TagKind.TOPIC, "!!", "x", 1, 1));
        // Keys differing in case or punctuation share an id, which the extractor's tagger tallies by
        assertEquals("person:lee-jae-myung", Tag.idOf(TagKind.PERSON, "Lee Jae MYung"));
        assertEquals(Tag.idOf(TagKind.PERSON, "Lee Jae-Myung"), Tag.idOf(TagKind.PERSON, "Lee Jae Myung"));
    }

    private static void assertMessage(String expected, Executable construction) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, construction).getMessage());
    }
}
