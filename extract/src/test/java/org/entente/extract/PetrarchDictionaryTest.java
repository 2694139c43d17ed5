package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.extract.internal.PetrarchDictionary;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.plover.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PETRARCH-format dictionaries (Phoenix's, in ../shared/reference) as extra actor knowledge. */
class PetrarchDictionaryTest {
    private static Path reference(String name) {
        return Path.of(System.getProperty("entente.shared", "../../shared"), "reference", "petrarch", name);
    }

    @Test
    void phoenixActorsComeWithTheirTenures() {
        Extractor extractor = Extractor.of(Knowledge.standard()
                .withPetrarchDictionary(reference("Phoenix.Countries.actors.txt")));
        String text = "Xu Guanhua met Japan's foreign minister in Tokyo on Monday.";
        List<Event> in2005 = extractor.extract(Article.of("a", text).withPublished(LocalDate.of(2005, 6, 1))).events();
        assertEquals(1, in2005.size());
        assertEquals(EventType.CONSULT, in2005.get(0).type());
        assertEquals("CHNGOV", in2005.get(0).source().get(0).code(), "the dictionary's [CHNGOV 030101-070531]");
        List<Event> in2015 = extractor.extract(Article.of("a", text).withPublished(LocalDate.of(2015, 6, 1))).events();
        // with no one coded on Xu's side, only the one-sided fallback is left (Japan met, by no one known)
        assertTrue(in2015.stream().allMatch(e -> e.source().isEmpty()), "out of office in 2015: " + in2015);
        assertTrue(Extractor.standard().extract(Article.of("a", text).withPublished(LocalDate.of(2005, 6, 1))).events().stream()
                .allMatch(e -> e.source().isEmpty()), "the bundled knowledge does not know him");
    }

    @Test
    void codesEntenteCannotRepresentAreSkippedAndCounted() {
        PetrarchDictionary.Loaded validation = PetrarchDictionary.read(reference("PETR.Validate.actors.txt"));
        assertTrue(validation.skippedCodes() > 20, "fictional countries such as ARN and GON: " + validation.skippedCodes());
        assertTrue(validation.entries().stream().anyMatch(e -> "AUS".equals(e.country())
                && e.tokens().equals(List.of("australian"))), "an alias after its block's code takes that code");
        PetrarchDictionary.Loaded agents = PetrarchDictionary.read(reference("Phoenix.agents.txt"));
        assertTrue(agents.entries().size() > 1000, "agents: " + agents.entries().size());
    }

    /** An extractor that knows only these PETRARCH actors, agents and verbs, as the suite's own mode does. */
    private static Knowledge petrarchOnly(Path dir, String actors, String agents, String verbs) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("actors.txt"), actors);
        java.nio.file.Files.writeString(dir.resolve("agents.txt"), agents);
        java.nio.file.Files.writeString(dir.resolve("verbs.txt"), verbs);
        return Knowledge.standard().withoutBundledTriggers().withoutBundledActors().withPetrarchDictionary(dir.resolve("actors.txt"))
                .withPetrarchAgents(dir.resolve("agents.txt")).withPetrarchVerbs(dir.resolve("verbs.txt"));
    }

    private static List<String> coded(Knowledge knowledge, String text) {
        return Extractor.of(knowledge).extract(Article.of("a", text).withPublished(LocalDate.of(2020, 1, 1))).events().stream()
                .map(e -> e.source().stream().map(a -> a.code()).toList() + " " + e.target().stream().map(a -> a.code()).toList()
                        + " " + e.cameo()).toList();
    }

    @Test
    void agentsComposeTheirCodesWithTheActorsAsPetrarchDoes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Knowledge knowledge = petrarchOnly(dir, "NORWAY [NOR]\nSWEDEN [SWE]\nQUIBBLER [NORGOVMED]\n",
                "MAIN_OPPOSITION_GROUP [~MOP]\nOPPOSITION_GROUP [~OPP]\nGOVERNMENT_NEWSPAPER [~GOVMED]\nMSF {} [NGO~]\n"
                        + "OFFICIAL [~GOV]\n",
                "--- RESTORE [064] ---\nRESTORE\n\n--- SAID [023] ---\nSAID\n");
        // an agent code that is no role still composes: GON + ~MOP = GONMOP, as PETRARCH writes it
        assertEquals(List.of("[NORMOP] [SWE] 064"), coded(knowledge, "Norway's main opposition group restored ties with Sweden."));
        // a prefix agent (NGO~) goes before the actor's code
        assertEquals(List.of("[NGONOR] [SWE] 064"), coded(knowledge, "MSF Norway restored ties with Sweden."));
        // an agent code the actor's code already holds is not added again
        assertEquals(List.of("[NORGOVMED] [SWE] 064"), coded(knowledge, "The Quibbler government newspaper restored ties with Sweden."));
        // PETRARCH's require_dyad: one-sided events only when asked for, an agent no actor names as ---GOV
        String said = "Norway restored ties with Sweden, a senior official said.";
        assertEquals(List.of("[NOR] [SWE] 064"), coded(knowledge, said));
        assertEquals(List.of("[NOR] [SWE] 064", "[---GOV] [] 023"), coded(knowledge.withOneSidedPetrarchEvents(true), said));
        assertTrue(Extractor.of(knowledge.withOneSidedPetrarchEvents(true)).extract(Article.of("a", said)).events().stream()
                .noneMatch(e -> e.target().stream().anyMatch(a -> a.code().equals("---GOV"))), "the object stands before the comma");
    }

    @Test
    void agentsComeWithPluralsDatesWithSpacesAndSubstitutions() {
        List<List<String>> agents = PetrarchDictionary.read(reference("PETR.Validate.agents.txt")).entries().stream()
                .map(e -> e.tokens()).toList();
        assertTrue(agents.contains(List.of("human", "rights", "activists")), "a regular plural");
        assertTrue(agents.contains(List.of("attorneys", "general")), "ATTORNEY_GENERAL {ATTORNEYS_GENERAL}: the plural given");
        assertTrue(!agents.contains(List.of("polices")), "POLICE {}: no plural");
        assertTrue(agents.contains(List.of("congresswoman")), "CONGRESS!PERSON! with !PERSON! = MAN, MEN, WOMAN, ...");
        assertTrue(agents.contains(List.of("ministry", "of", "silly", "walks")), "!MINST!_OF_SILLY_WALKS");
        // "GOLLUM [HOB < 950601] [HOBGOV 19950601 - 19990815]": dates written with spaces (HOB stands in for AIA here)
        var gollum = PetrarchDictionary.read(reference("PETR.Validate.actors.txt"), java.util.Map.of("HOB", "AIA")).entries().stream()
                .filter(e -> e.tokens().equals(List.of("gollum"))).toList();
        assertTrue(gollum.stream().anyMatch(e -> LocalDate.of(1999, 8, 15).equals(e.to()) && e.role() != null), "" + gollum);
    }

    @Test
    void aMarkerNamedInItsOwnWordsIsNotExpandedAgain(@TempDir Path dir) throws IOException {
        // Found by PetrarchDictionaryFuzzTest: "!MINIST! = MINI!MINIST!" recursed until the stack overflowed.
        Path file = Files.writeString(dir.resolve("agents.txt"), """
                !MINIST! = MINISTER, FOREIGN_!MINIST!
                !MINIST!_OF_DEFENCE [~GOVDEF]
                """);
        List<List<String>> agents = PetrarchDictionary.read(file).entries().stream().map(e -> e.tokens()).toList();
        assertEquals(List.of(List.of("minister", "of", "defence"), List.of("minister", "of", "defences")), agents,
                "the line with the marker left in its word is skipped as an undefined marker");
    }

    @Test
    void substitutionsThatWouldFillTheMemoryFailWithTheLine(@TempDir Path dir) throws IOException {
        String words = String.join(", ", java.util.stream.IntStream.range(0, 100).mapToObj(i -> "W" + i).toList());
        Path file = Files.writeString(dir.resolve("agents.txt"), "!A! = " + words + "\n!A!_!A!_!A! [~GOV]\n");
        var error = assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withPetrarchAgents(file));
        assertEquals(file + " line 2: its substitution markers make the dictionary longer than 100000 lines", error.getMessage());
        Files.writeString(file, "!A! = " + words + "\n!A!_!A! [~GOV]\n");
        assertEquals(20_000, PetrarchDictionary.read(file).entries().size(), "10,000 lines, each with its plural");
    }

    @Test
    void aWireDatelineIsNotArticleTextButGivesTheDate() {
        var x = Extractor.standard().extract(Article.of("wire",
                "SEOUL, March 3, 2026 (Reuters) - South Korea protested to Japan on Tuesday."));
        assertEquals(LocalDate.of(2026, 3, 3), x.article().published());
        assertTrue(x.article().text().startsWith("South Korea protested"), x.article().text());
    }
}
