package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.extract.event.Trigger;
import org.entente.extract.event.Trigger.Kind;
import org.entente.extract.internal.PetrarchVerbs;
import org.entente.model.Article;
import org.entente.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verb dictionaries in PETRARCH's format, read into triggers with patterns, on a small dictionary of our own. */
class PetrarchVerbsTest {
    private static final List<String> DICTIONARY = List.of(
            "# a test dictionary",
            "&ARMS",
            "+MISSILE",
            "+ATTACK HELICOPTER",
            "+ARTILLERY_        # no plural",
            "",
            "&NOTNOW_",
            "+DID N'T",
            "+WILL NOT",
            "",
            "--- CONDEMN  [122]  ---",
            "CONDEMN",
            "DENOUNCE [1223]    # its own code",
            "- &NOTNOW *  [---]",
            "- * &ARMS TESTS  [1224]",
            "",
            "--- BREAK [---] ---",
            "BREAK {BROKE BROKEN}",
            "+BREAK_OFF {+BROKE_OFF +BROKEN_OFF}",
            "- * TIES_WITH +  [161]",
            "- + * OFF $  [075A]",
            "- *_UP MEETING  [:191]",
            "",
            "--- ARRIVE  [032:033]  ---",
            "ARRIVE",
            "- % * (AT {JOINT SUMMIT})  [036]");

    private static PetrarchVerbs.Loaded read() {
        return PetrarchVerbs.parse(DICTIONARY, Map.of());
    }

    private static Trigger withCode(PetrarchVerbs.Loaded loaded, String cameo) {
        return loaded.triggers().stream().filter(t -> cameo.equals(t.cameo())).findFirst().orElseThrow();
    }

    @Test
    void blocksVerbsAndPatternsBecomeTriggers() {
        PetrarchVerbs.Loaded loaded = read();
        assertEquals(3, loaded.blocks());
        assertEquals(6, loaded.patterns());
        assertEquals(0, loaded.skipped());
        Trigger condemn = loaded.triggers().stream().filter(t -> "122".equals(t.cameo())).findFirst().orElseThrow();
        assertTrue(condemn.pattern().isBare(), "the verb alone codes the block's code");
        assertEquals(List.of(List.of("condemn")), condemn.forms());
        assertEquals(List.of(List.of("denounce")), withCode(loaded, "1223").forms(), "a verb with a code of its own");
        // "BREAK [---]": the verbs alone code nothing, their patterns do
        assertTrue(loaded.triggers().stream().noneMatch(t -> t.pattern().isBare() && t.forms().contains(List.of("break"))));
    }

    @Test
    void patternWordsSynsetsAndRoles() {
        PetrarchVerbs.Loaded loaded = read();
        Trigger arms = withCode(loaded, "1224");
        Trigger.Element synset = arms.pattern().after().get(0);
        assertEquals(Kind.WORDS, synset.kind());
        assertFalse(synset.adjacent(), "a space lets other words stand between");
        Set<String> phrases = synset.phrases().stream().map(p -> String.join(" ", p)).collect(Collectors.toSet());
        assertEquals(Set.of("missile", "missiles", "attack helicopter", "attack helicopters", "artillery"), phrases);
        assertEquals(List.of(List.of("tests")), arms.pattern().after().get(1).phrases(), "words match as written");

        Trigger silent = loaded.triggers().stream().filter(t -> t.silent() && t.pattern().reverse() == null).findFirst().orElseThrow();
        Set<String> negations = silent.pattern().before().get(0).phrases().stream().map(p -> String.join(" ", p))
                .collect(Collectors.toSet());
        assertEquals(Set.of("didn't", "will not"), negations, "TreeBank's DID N'T is the text's didn't; no plurals with &NAME_");

        Trigger ties = withCode(loaded, "161");
        assertTrue(ties.forms().containsAll(List.of(List.of("break"), List.of("broke"), List.of("broken"),
                List.of("break", "off"), List.of("broke", "off"))), "irregular and multi-word forms: " + ties.forms());
        assertEquals(List.of(Kind.WORDS, Kind.WORDS, Kind.TARGET), ties.pattern().after().stream().map(Trigger.Element::kind).toList());
        assertTrue(ties.pattern().after().get(1).adjacent(), "TIES_WITH: consecutive words");

        Trigger off = withCode(loaded, "075");
        assertEquals(Kind.TARGET, off.pattern().before().get(0).kind(), "+ before the verb");
        assertEquals(Kind.SOURCE, off.pattern().after().get(1).kind(), "$ after OFF");

        Trigger up = loaded.triggers().stream().filter(t -> t.silent() && t.pattern().reverse() != null).findFirst().orElseThrow();
        assertEquals("191", up.pattern().reverse().cameo(), "[:191] codes only the reverse event");
        assertTrue(up.forms().contains(List.of("break", "up")), "*_UP joins the verb's form: " + up.forms());

        Trigger summit = withCode(loaded, "036");
        assertNull(summit.pattern().reverse());
        assertEquals(Kind.COMPOUND, summit.pattern().before().get(0).kind());
        List<Trigger.Element> after = summit.pattern().after();
        assertEquals(List.of(List.of("at")), after.get(0).phrases(), "(AT ...): a prepositional phrase");
        assertEquals(List.of(List.of("joint")), after.get(1).phrases());
        assertEquals(List.of(List.of("summit")), after.get(2).phrases());
        assertTrue(after.get(2).adjacent(), "{JOINT SUMMIT}: a noun phrase, its words consecutive");
        Trigger arrive = withCode(loaded, "032");
        assertNotNull(arrive.pattern().reverse());
        assertEquals("033", arrive.pattern().reverse().cameo(), "[032:033]: the target hosts the visit");
    }

    @Test
    void codesEntenteCannotUseAreSkippedOrMapped() {
        List<String> lines = List.of("--- TEST [999] ---", "TEST", "- * THIS [def]", "- * THAT [901]", "- * OTHER [075A]");
        PetrarchVerbs.Loaded plain = PetrarchVerbs.parse(lines, Map.of());
        assertEquals(3, plain.skipped(), "999, def and 901 are no CAMEO codes");
        assertEquals(List.of("075"), plain.triggers().stream().map(Trigger::cameo).toList(), "075A is read as 075");
        PetrarchVerbs.Loaded mapped = PetrarchVerbs.parse(lines, Map.of("901", "0311"));
        assertTrue(mapped.triggers().stream().anyMatch(t -> "0311".equals(t.cameo())), "a code map rewrites codes as written");
    }

    @Test
    void theDictionaryCodesSentences(@TempDir Path dir) throws IOException {
        Path verbs = Files.write(dir.resolve("verbs.txt"), DICTIONARY);
        Extractor extractor = Extractor.of(Knowledge.standard().withoutBundledTriggers().withPetrarchVerbs(verbs));
        assertEquals(List.of("FRA DEU 122"), codes(extractor, "France condemned Germany on Monday."));
        assertEquals(List.of("FRA DEU 1224"), codes(extractor, "France condemned Germany's missile tests on Monday."));
        assertEquals(List.of(), codes(extractor, "France didn't condemn Germany on Monday."), "[---] stops the verb");
        assertEquals(List.of("FRA DEU 161"), codes(extractor, "France broke ties with Germany on Monday."));
        assertEquals(List.of("ITA FRA 075"), codes(extractor, "France broke off from Italy on Monday."), "+ and $ place the roles");
        assertEquals(List.of("DEU FRA 033", "FRA DEU 032"), codes(extractor, "The French president arrived in Germany on Monday."));
        assertEquals(List.of(), codes(Extractor.of(Knowledge.standard().withoutBundledTriggers()), "France condemned Germany on Monday."),
                "without the bundled lexicon and a verb dictionary nothing is coded");
    }

    @Test
    void discardsCancelASentenceOrAnArticle(@TempDir Path dir) throws IOException {
        Path verbs = Files.write(dir.resolve("verbs.txt"), DICTIONARY);
        Path discards = Files.write(dir.resolve("discards.txt"), List.of("WORLD CUP  # sport", "+TYPHOON"));
        Extractor extractor = Extractor.of(Knowledge.standard().withoutBundledTriggers().withPetrarchVerbs(verbs)
                .withPetrarchDiscards(discards));
        assertEquals(List.of(), codes(extractor, "France condemned Germany at the World Cup."));
        assertEquals(List.of("FRA DEU 122"), codes(extractor, "France condemned Germany. The World Cup went on."));
        assertEquals(List.of(), codes(extractor, "France condemned Germany. A typhoon hit Manila."));
    }

    private static List<String> codes(Extractor extractor, String text) {
        List<Event> events = extractor.extract(Article.of("t", text).withPublished(LocalDate.of(2025, 6, 2))).events();
        return events.stream().flatMap(e -> e.source().stream().flatMap(s -> (e.target().isEmpty() ? List.<org.entente.model.actor.Actor>of() : e.target())
                .stream().map(t -> s.country() + " " + t.country() + " " + e.cameo()))).sorted().toList();
    }
}
