package org.entente.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.extract.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: JSON Lines out, clear messages and exit codes for bad input. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsOneJsonObjectPerFile() throws Exception {
        int status = run("--published", "2025-11-02", Seeds.dir().resolve(Seeds.S004).toString(),
                Seeds.dir().resolve(Seeds.S002).toString());
        assertEquals(0, status, err.toString());
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        Jsonb jsonb = Main.jsonb();
        try {
            Map<String, Object> first = jsonb.fromJson(lines.get(0), LinkedHashMap.class);
            assertEquals(List.of("article", "published", "title", "events", "tags", "mainEvent"), List.copyOf(first.keySet()));
            assertEquals(Seeds.S004, first.get("article"));
            assertEquals("2025-11-02", first.get("published"));
            Map<String, Object> event = ((List<Map<String, Object>>) first.get("events")).get(0);
            assertTrue(event.keySet().containsAll(List.of("type", "mode", "cameo", "quadClass", "goldstein", "source", "target",
                    "modality", "historical", "date", "datePrecision", "place", "evidence", "attribution", "confidence")));
            Map<String, Object> actor = ((List<Map<String, Object>>) event.get("source")).get(0);
            assertTrue(actor.keySet().containsAll(List.of("name", "country", "organization", "role", "code")), actor.toString());
        } finally {
            Main.close(jsonb);
        }
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersStillProcessed(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("latin1.txt");
        Files.write(binary, new byte[] {(byte) 0xC9, 't', 'a', 't'});
        int status = run(dir.resolve("missing.txt").toString(), binary.toString(), Seeds.dir().resolve(Seeds.S003).toString());
        assertEquals(2, status);
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("cannot read " + dir.resolve("missing.txt") + ": no such file"), errors);
        assertTrue(errors.contains("latin1.txt: not UTF-8 text"), errors);
        assertEquals(1, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @Test
    void badUsageExitsWith64AndAMessage() {
        assertEquals(64, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no input files"));
        assertEquals(64, run("--published", "yesterday", "x.txt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--published needs a date as YYYY-MM-DD, got yesterday"));
        assertEquals(64, run("--frobnicate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --frobnicate"));
        assertEquals(64, run("--published"));
        // an eval option without its value is a usage error, not a stack trace
        assertEquals(64, run("eval", "--plover"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("entente-extract eval: --plover needs a value"));
        assertEquals(64, run("bench", "--seconds"));
    }

    @Test
    void knowledgeOptionsTakePetrarchVerbDictionaries(@TempDir Path dir) throws Exception {
        Path verbs = Files.write(dir.resolve("verbs.txt"), List.of("--- SCOLD [122] ---", "SCOLD", "- * GENTLY [---]"));
        Path article = Files.writeString(dir.resolve("a.txt"), "France scolded Germany on Monday.");
        assertEquals(0, run("--without-bundled-triggers", "--petrarch-verbs", verbs.toString(), article.toString()), err.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"cameo\":\"122\""), out.toString(StandardCharsets.UTF_8));
        assertEquals(Main.USAGE, run("--petrarch-verbs", dir.resolve("missing.txt").toString(), article.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evalPetrarchNamesTheSuitesDirectory() {
        Path suite = Path.of(System.getProperty("entente.shared", "../../shared"), "reference", "petrarch");
        assertEquals(0, run("eval", "--petrarch", suite.toString()), err.toString(StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("passed, exact CAMEO codes") && report.contains("failures by cause:")
                && report.contains("with Entente's built-in trigger lexicon"), report);
    }

    @Test
    void helpDocumentsEveryOption() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--published", "--html", "--knowledge", "--petrarch-verbs", "--petrarch-agents",
                "--petrarch-discards", "--without-bundled-triggers", "--built-in", "--help", "eval", "bench", "Exit status")) {
            assertTrue(help.contains(option), option);
        }
    }
}
