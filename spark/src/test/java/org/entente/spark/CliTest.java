package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's answers to bad usage: a message, an exit code, no stack trace and no Spark started. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpDocumentsTheInputsAndExitCodes() {
        assertEquals(Cli.OK, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--input FORMAT") && help.contains("wxr") && help.contains("64 bad usage"), help);
    }

    @Test
    void missingArgumentsAreBadUsage() {
        assertEquals(Cli.USAGE, run("--master", "local[1]", "in.jsonl"));
        assertEquals("entente-spark: give the input IN and the output directory OUT\nTry --help.\n", err());
    }

    @Test
    void unknownOptionsAndValuesAreNamed() {
        assertEquals(Cli.USAGE, run("--colour", "in", "out"));
        assertTrue(err().startsWith("entente-spark: unknown option --colour\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, run("--format", "csv", "in", "out"));
        assertTrue(err().startsWith("entente-spark: --format takes one of parquet, json, got csv\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, run("--partitions", "0", "in", "out"));
        assertTrue(err().startsWith("entente-spark: --partitions takes a whole number of 1 or more, got 0\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, run("--published", "2 March", "in", "out"));
        assertTrue(err().startsWith("entente-spark: --published needs a date as YYYY-MM-DD, got 2 March\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, run("in", "out", "--master"));
        assertTrue(err().startsWith("entente-spark: --master needs a value\n"), err());
    }

    @Test
    void aMissingInputExitsWithTwo(@TempDir Path dir) {
        assertEquals(Cli.NO_INPUT, run(dir.resolve("absent.jsonl").toString(), dir.resolve("out").toString()));
        assertEquals("entente-spark: no such input: " + dir.resolve("absent.jsonl") + "\n", err());
    }

    @Test
    void anOutputThatIsAFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("out.txt"), "x");
        assertEquals(Cli.USAGE, run(dir.toString(), file.toString()));
        assertTrue(err().startsWith("entente-spark: the output " + file + " is a file; give a directory\n"), err());
    }

    @Test
    void theCmsBackfillNeedsAUrlAUserAndThePasswordInTheEnvironment(@TempDir Path dir) {
        String in = dir.toString();
        String out = dir.resolve("out").toString();
        assertEquals(Cli.USAGE, Cli.run(new String[] {"--cms", "ftp://cms.example.org", "--cms-user", "loader", in, out},
                Map.of("ENTENTE_CMS_PASSWORD", "x"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err().startsWith("entente-spark: --cms needs the plugin's http or https URL, got ftp://cms.example.org\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, Cli.run(new String[] {"--cms", "https://cms.example.org/entente", in, out},
                Map.of("ENTENTE_CMS_PASSWORD", "x"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err().startsWith("entente-spark: --cms needs --cms-user\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, Cli.run(new String[] {"--cms", "https://cms.example.org/entente", "--cms-user", "loader", in, out},
                Map.of(), System.out, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err().startsWith("entente-spark: --cms needs the password of loader in the environment variable ENTENTE_CMS_PASSWORD\n"), err());
        err.reset();
        assertEquals(Cli.USAGE, run("--cms-rate", "fast", in, out));
        assertTrue(err().startsWith("entente-spark: --cms-rate takes a whole number of 1 or more, got fast\n"), err());
    }

    @Test
    void theInputFormatFollowsTheName() {
        assertEquals(Inputs.Format.JSONL, Inputs.Format.guess("hdfs:///archive/2024/*.jsonl"));
        assertEquals(Inputs.Format.WXR, Inputs.Format.guess("site.WordPress.2025-11-02.xml"));
        assertEquals(Inputs.Format.FILES, Inputs.Format.guess("/data/stories/*.html"));
    }
}
