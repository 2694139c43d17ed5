package org.entente.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.bind.Jsonb;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The development set (../shared/devset: 20 articles annotated independently of the extractor),
 * extracted in-process and scored by the set's own scorer, score.py. Holds a floor at the F1
 * reached; the floor only goes up.
 */
class DevelopmentSetTest {
    /** The F1 reached (0.412); a change that loses more than rounding fails here. */
    private static final double F1_FLOOR = 0.40;
    private static final Pattern SCORE = Pattern.compile("^F1 ([0-9.]+) P ([0-9.]+) R ([0-9.]+)$", Pattern.MULTILINE);

    @Test
    void theDevelopmentSetScoresAtLeastTheFloor() throws Exception {
        Path devset = Path.of(System.getProperty("entente.shared", "../../shared"), "devset");
        assertTrue(Files.isDirectory(devset.resolve("gold")), "missing " + devset.toAbsolutePath());
        assumeTrue(python() != null, "python3 is needed to run the development set's scorer, score.py");
        Extractor extractor = Extractor.standard();
        Path out = Files.createTempFile("entente-devset", ".jsonl");
        Jsonb jsonb = Main.jsonb();
        int articles = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             Stream<Path> golds = Files.list(devset.resolve("gold"))) {
            for (Path gold : golds.sorted().toList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> g = jsonb.fromJson(Files.readString(gold), Map.class);
                String name = (String) g.get("article");
                boolean html = "html".equals(g.get("format")) || name.endsWith(".html");
                Object published = g.get("published");
                Article article = Article.of(name, Main.read(devset.resolve("articles").resolve(name)))
                        .withPublished(published == null ? null : LocalDate.parse((String) published));
                writer.write(jsonb.toJson(Main.line(name, extractor.extract(article, html ? TextFormat.HTML : TextFormat.TEXT))));
                writer.newLine();
                articles++;
            }
        } finally {
            Main.close(jsonb);
        }
        assertEquals(20, articles);
        Process scorer = new ProcessBuilder(python(), devset.resolve("score.py").toString(), devset.resolve("gold").toString(),
                out.toString()).redirectErrorStream(true).start();
        String report = new String(scorer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(scorer.waitFor(60, TimeUnit.SECONDS));
        System.out.println(report);
        Matcher m = SCORE.matcher(report);
        assertTrue(m.find(), "score.py printed no score:\n" + report);
        double f1 = Double.parseDouble(m.group(1));
        assertTrue(f1 >= F1_FLOOR, "development set F1 " + f1 + " fell below the floor " + F1_FLOOR + "\n" + report);
        Files.deleteIfExists(out);
    }

    private static String python() {
        for (String candidate : List.of("/usr/bin/python3", "/usr/local/bin/python3")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        return null;
    }
}
