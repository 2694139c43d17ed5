package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.model.DatePrecision;
import org.entente.model.Event;
import org.entente.model.Evidence;
import org.entente.model.Extraction;
import org.entente.model.Modality;
import org.entente.model.Tag;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.plover.EventType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the extractor codes in the seed articles. */
class ExtractorSeedsTest {
    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.standard();
    }

    @Test
    void seed004CodesTheUrgingTheSummitTheProtestAndTheCrackdown() {
        Extraction x = extractor.extract(Seeds.article(Seeds.S004, LocalDate.of(2025, 11, 2)));
        Event request = only(x, EventType.REQUEST, "KOR", "CHN");
        assertEquals("Lee Jae Myung", request.source().get(0).name());
        assertEquals("KORGOV", request.source().get(0).code());
        assertEquals("Xi Jinping", request.target().get(0).name());
        assertEquals(Modality.ASSERTED, request.modality());

        Event protest = only(x, EventType.PROTEST, "KOR", "CHN");
        assertEquals(ActorRole.CVL, protest.source().get(0).role());
        assertEquals("Seoul", protest.place().name());

        Event crackdown = only(x, EventType.COERCE, "KOR", "KOR");
        assertEquals(ActorRole.CVL, crackdown.target().get(0).role(), "a crackdown on demonstrators, not on China");

        Event support = only(x, EventType.SUPPORT, "CHN", "KOR");
        assertEquals("Lee’s office", support.attribution());

        assertEquals(EventType.CONSULT, x.mainEvent().type());
        assertEquals(Set.of("CHN", "KOR"), participants(x.mainEvent()));
        assertTrue(x.mainEvent().evidence().size() >= 4, "the summit's mentions are merged: " + x.mainEvent().evidence());
    }

    @Test
    void evidenceOffsetsPointIntoTheCleanedText() {
        for (String seed : List.of(Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004)) {
            Extraction x = extractor.extract(Seeds.article(seed, null));
            String text = x.article().text();
            for (Event e : x.events()) {
                for (Evidence span : e.evidence()) {
                    assertEquals(span.text(), text.substring(span.start(), span.end()), seed + " " + e.id());
                }
            }
        }
    }

    @Test
    void aSpellingVariantResolvesToTheSamePerson() {
        // Seed 000 writes "Lee Jae-min"; the person list only knows Lee Jae Myung, so this is context at work.
        Extraction x = extractor.extract(Seeds.article(Seeds.S000, LocalDate.of(2025, 10, 30)));
        Event meeting = x.mainEvent();
        assertEquals(EventType.CONSULT, meeting.type());
        assertEquals(Modality.FUTURE, meeting.modality());
        assertEquals(LocalDate.of(2025, 11, 1), meeting.date(), "\"on Saturday\" after a Thursday");
        assertEquals(DatePrecision.DAY, meeting.datePrecision());
        Set<String> names = actors(meeting).stream().map(Actor::name).collect(Collectors.toSet());
        assertEquals(Set.of("Xi Jinping", "Lee Jae Myung"), names);
        assertTrue(tagIds(x).contains("person:lee-jae-myung"));
        assertFalse(tagIds(x).contains("person:lee-jae-min"));
        assertEquals("Bloomberg", x.events().stream().filter(e -> e.attribution() != null).findFirst().orElseThrow().attribution());
    }

    @Test
    void aPrintedDateBecomesThePublicationDateAndAnchorsWeekdays() {
        Extraction x = extractor.extract(Seeds.article(Seeds.S001, null));
        assertEquals(LocalDate.of(2025, 10, 31), x.article().published());
        assertEquals("China's Xi Meets South Korean Leader in Bid to Stabilize Ties After US Trade Truce", x.article().title());
        Event busan = only(x, EventType.CONSULT, "CHN", "USA");
        assertEquals(LocalDate.of(2025, 10, 30), busan.date(), "\"on Thursday\" before a Friday");
        assertEquals("Busan", busan.place().name());
        Event carney = only(x, EventType.CONSULT, "CHN", "CAN");
        assertEquals(LocalDate.of(2025, 10, 31), carney.date());
        Event takaichi = only(x, EventType.CONSULT, "CHN", "JPN");
        assertEquals("Xi Jinping", takaichi.source().get(0).name(), "\"He also sat down with\": he is Xi");
        Event rejection = only(x, EventType.REJECT, "PRK", "KOR");
        assertEquals(Modality.ASSERTED, rejection.modality());
        List<Tag> trump = x.tags().stream().filter(t -> t.label().contains("Trump")).toList();
        assertEquals(List.of("person:donald-trump"), trump.stream().map(Tag::id).toList(), "one tag per person");
    }

    @Test
    void pageFurnitureIsRemovedWithoutLosingArticleText() {
        Extraction x = extractor.extract(Seeds.article(Seeds.S003, null));
        String text = x.article().text();
        assertFalse(text.startsWith("Connect with us"));
        assertFalse(text.lines().anyMatch(l -> l.equals("Published") || l.equals("on") || l.equals("News")), text);
        assertEquals("Lee Jae Myung Meets Xi Jinping in Push to Stabilise China–South Korea Relations", x.article().title());
        assertTrue(text.contains("South Korean President Lee Jae Myung met Chinese leader Xi Jinping on Monday"));

        String fox = extractor.extract(Seeds.article(Seeds.S004, null)).article().text();
        assertFalse(fox.contains("COMMENTS 0"));
        assertFalse(fox.contains("like us on Facebook"));
        assertTrue(fox.contains("Looking Ahead"));
    }

    @Test
    void tagsCoverCountriesPeopleAndEventTypesWithoutDuplicates() {
        Extraction x = extractor.extract(Seeds.article(Seeds.S002, LocalDate.of(2025, 11, 2)));
        Set<String> ids = tagIds(x);
        assertTrue(ids.containsAll(Set.of("country:KOR", "country:CHN", "person:lee-jae-myung", "person:xi-jinping",
                "event-type:CONSULT", "event-type:AGREE", "place:gyeongju")), ids.toString());
        assertEquals(x.tags().size(), ids.size());
        Tag top = x.tags().get(0);
        assertTrue(Set.of("country:KOR", "country:CHN", "event-type:CONSULT").contains(top.id()), top.toString());
        for (int i = 1; i < x.tags().size(); i++) {
            assertTrue(x.tags().get(i - 1).relevance() >= x.tags().get(i).relevance(), "sorted by relevance");
        }
    }

    @Test
    void theRelatedSeedsShareTheirMainEventAndTheFollowUpIsDatedLater() {
        Event seed002 = extractor.extract(Seeds.article(Seeds.S002, LocalDate.of(2025, 11, 2))).mainEvent();
        Event seed003 = extractor.extract(Seeds.article(Seeds.S003, LocalDate.of(2026, 1, 5))).mainEvent();
        assertNotNull(seed002);
        assertEquals(participants(seed002), participants(seed003));
        assertEquals(LocalDate.of(2026, 1, 5), seed003.date(), "the follow-up summit \"on Monday\"");
    }

    static Event only(Extraction x, EventType type, String source, String target) {
        List<Event> found = x.events().stream().filter(e -> e.type() == type && countries(e.source()).contains(source)
                && (countries(e.target()).contains(target) || type.isSymmetric() && countries(e.source()).contains(target)))
                .toList();
        assertEquals(1, found.size(), type + " " + source + " -> " + target + " in " + x.events());
        return found.get(0);
    }

    static Set<String> countries(List<Actor> actors) {
        return actors.stream().map(a -> a.country() != null ? a.country() : a.organization()).collect(Collectors.toSet());
    }

    static Set<String> participants(Event e) {
        Set<String> all = new java.util.HashSet<>(countries(e.source()));
        all.addAll(countries(e.target()));
        return all;
    }

    static List<Actor> actors(Event e) {
        List<Actor> all = new java.util.ArrayList<>(e.source());
        all.addAll(e.target());
        return all;
    }

    static Set<String> tagIds(Extraction x) {
        return x.tags().stream().map(Tag::id).collect(Collectors.toSet());
    }
}
