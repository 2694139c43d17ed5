package org.entente.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * {@code eval --devset} on the real development set (../shared/devset): holds a floor on F1, and checks that
 * the Java port of the set's scorer counts exactly as score.py does on the same extraction written as the
 * command line's JSON Lines.
 */
class DevsetReportTest {
    /** The F1 reached (0.846); a change that loses more than rounding fails here. */
    private static final double F1_FLOOR = 0.845;
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Pattern ROW = Pattern.compile("^(\\S+)\\s+tp=\\s*(\\d+) fp=\\s*(\\d+) fn=\\s*(\\d+)", Pattern.MULTILINE);

    @Test
    void scoresAsScorePyDoesAndHoldsTheFloor() throws Exception {
        Path devset = Path.of(System.getProperty("entente.shared", "../../shared"), "devset");
        assertTrue(Files.isDirectory(devset.resolve("gold")), "missing " + devset.toAbsolutePath());
        DevsetReport.Result result = DevsetReport.run(Extractor.standard(), devset);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        DevsetReport.print(result, new PrintStream(printed, true, StandardCharsets.UTF_8), false);
        System.out.println(printed.toString(StandardCharsets.UTF_8));
        assertEquals(20, result.byArticle().size());
        assertTrue(result.f1() >= F1_FLOOR, "development set F1 " + result.f1() + " fell below the floor " + F1_FLOOR);

        assumeTrue(Files.isExecutable(PYTHON), PYTHON + " is needed to run the development set's scorer, score.py");
        Path out = Files.createTempFile("entente-devset", ".jsonl");
        Jsonb jsonb = Main.jsonb();
        try {
            try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (var e : result.extractions().entrySet()) {
                    writer.write(jsonb.toJson(Main.line(e.getKey(), e.getValue())));
                    writer.newLine();
                }
            }
            Process scorer = new ProcessBuilder(PYTHON.toString(), devset.resolve("score.py").toString(),
                    devset.resolve("gold").toString(), out.toString(), "--json").redirectErrorStream(true).start();
            String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(scorer.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, scorer.exitValue(), report);
            String json = report.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow(() -> new AssertionError(report));
            @SuppressWarnings("unchecked")
            Map<String, Object> py = jsonb.fromJson(json, LinkedHashMap.class);
            DevsetReport.Counts total = result.total();
            assertEquals(List.of(number(py.get("tp")), number(py.get("fp")), number(py.get("fn"))),
                    List.of(total.tp(), total.fp(), total.fn()), "tp fp fn, score.py vs Java");
            assertEquals(List.of(number(py.get("modality")), number(py.get("date"))),
                    List.of(List.of(result.modalityRight(), result.modalityCount()), List.of(result.dateRight(), result.dateCount())),
                    "modality and date [right, matched], score.py vs Java");
            Matcher row = ROW.matcher(report);
            int rows = 0;
            while (row.find()) {
                DevsetReport.Counts c = result.byArticle().get(row.group(1));
                assertEquals(List.of(row.group(2), row.group(3), row.group(4)),
                        List.of(String.valueOf(c.tp()), String.valueOf(c.fp()), String.valueOf(c.fn())), row.group(1) + ": score.py vs Java");
                rows++;
            }
            assertEquals(20, rows, report);
        } finally {
            Main.close(jsonb);
            Files.deleteIfExists(out);
        }
    }

    /** A JSON number as an int, or a JSON array of numbers as a list of ints. */
    private static Object number(Object json) {
        return json instanceof List<?> list ? list.stream().map(DevsetReportTest::number).toList() : ((Number) json).intValue();
    }
}
