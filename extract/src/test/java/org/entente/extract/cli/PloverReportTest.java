package org.entente.extract.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.junit.jupiter.api.Test;

/** The PLOVER gold-standard report runs over all 322 records of ../shared/reference and holds a floor on type accuracy. */
class PloverReportTest {

    @Test
    void reportsTypeAccuracyOnEveryRecord() throws Exception {
        Path file = Path.of(System.getProperty("entente.shared", "../../shared"), "reference", "plover", "PLOVER_GSR_CAMEO.txt");
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
        PloverReport.Result result = PloverReport.run(Extractor.standard(), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PloverReport.print(result, new PrintStream(out, true, StandardCharsets.UTF_8));
        System.out.println(out.toString(StandardCharsets.UTF_8));
        assertEquals(322, result.records());
        assertEquals(16, result.byType().size(), "every old label maps to one of the sixteen types");
        // The floor at the figure reached (228/322 = 0.708); it only goes up.
        assertTrue(result.mainTypeRight() >= 228, "records whose main event has the gold type: " + result.mainTypeRight());
    }

    @Test
    void codingIntendedActsAsTheRecordsDoMeetsTheGoal() throws Exception {
        Path file = Path.of(System.getProperty("entente.shared", "../../shared"), "reference", "plover", "PLOVER_GSR_CAMEO.txt");
        PloverReport.Result result = PloverReport.run(Extractor.of(Knowledge.standard().withStatedIntentions(true)), file);
        // The records code "X will give Y aid" as a promise (AGREE) and "X may halt mediation" as a threat;
        // the floor at the figure reached (245/322 = 0.761); it only goes up.
        assertTrue(result.mainTypeRight() >= 245, "records whose main event has the gold type: " + result.mainTypeRight());
    }
}
