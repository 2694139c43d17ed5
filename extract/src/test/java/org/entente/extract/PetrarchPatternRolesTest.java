package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.actor.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a PETRARCH verb's source and target are found when its pattern does not place them, as
 * PETRARCH reads a parse: past a short comma-delimited aside, and in the head of the subject noun
 * phrase rather than its prepositional modifiers. A small dictionary and sentences of our own.
 */
class PetrarchPatternRolesTest {
    private static Extractor extractor;

    @BeforeAll
    static void load(@TempDir Path dir) throws IOException {
        Path verbs = Files.write(dir.resolve("verbs.txt"), List.of(
                "--- CONDEMN  [122]  ---",
                "CONDEMN",
                "",
                "--- RESTORE  [064]  ---",
                "RESTORE"));
        extractor = Extractor.of(Knowledge.standard().withoutBundledTriggers().withPetrarchVerbs(verbs));
    }

    @Test
    void theTargetIsFoundPastAShortCommaAside() {
        assertEquals(List.of("FRA DEU 064"), codes("France restored, officials say, full diplomatic ties with Germany on Monday."));
        assertEquals(List.of(), codes("France restored, almost five years after angry crowds burned down its old embassy, full ties"
                + " with Germany."), "a comma clause of nine words or more still ends the verb's object");
    }

    @Test
    void theSubjectsHeadNamesTheSourceNotItsPrepositionalPhrase() {
        assertEquals(List.of("FRA ITA 122"), codes("France's envoy to the talks with Germany condemned Italy on Monday."));
        assertEquals(List.of("DEU ITA 122"), codes("The leader of a delegation from Germany condemned Italy on Monday."),
                "a head without an actor leaves it to the prepositional phrase");
    }

    @Test
    void eachConjunctOfTheSubjectHasItsOwnHead() {
        assertEquals(List.of("DEU ITA 122", "ESP ITA 122"), codes("Spain's sheep and goats of Germany condemned Italy on Monday."));
        assertEquals(List.of("DEU ITA 122", "ESP ITA 122", "FRA ITA 122"),
                codes("France, the angry Spain, and Germany condemned Italy on Monday."), "a list with commas");
        assertEquals(List.of("DEU ITA 122", "FRA ITA 122"), codes("In talks with Spain, France and Germany condemned Italy on Monday."),
                "a fronted prepositional phrase is not part of the subject");
    }

    private static List<String> codes(String text) {
        List<Event> events = extractor.extract(Article.of("t", text).withPublished(LocalDate.of(2025, 6, 2))).events();
        return events.stream().flatMap(e -> e.source().stream().flatMap(s -> e.target().stream()
                .map((Actor t) -> s.country() + " " + t.country() + " " + e.cameo()))).sorted().toList();
    }
}
