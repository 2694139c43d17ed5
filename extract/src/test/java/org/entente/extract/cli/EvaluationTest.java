package org.entente.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.entente.extract.Extractor;
import org.entente.extract.Seeds;
import org.junit.jupiter.api.Test;

/** The extractor against the gold annotations of the seed articles. */
class EvaluationTest {

    @Test
    void seedF1IsAtLeast085() throws Exception {
        Path seeds = Seeds.dir();
        Evaluation.Report report = Evaluation.evaluate(Extractor.standard(), seeds.resolve("gold"), seeds);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Evaluation.print(report, new PrintStream(out, true, StandardCharsets.UTF_8), true);
        String printed = out.toString(StandardCharsets.UTF_8);
        System.out.println(printed);
        assertEquals(5, report.byArticle.size());
        assertEquals(31, report.required, "required gold events");
        assertTrue(report.total.f1() >= 0.85, "seed F1 " + report.total.f1() + "\n" + printed);
        assertTrue(report.modalityRight >= 0.8 * report.matched, printed);
        assertTrue(report.dateRight >= 0.8 * report.matched, printed);
    }
}
