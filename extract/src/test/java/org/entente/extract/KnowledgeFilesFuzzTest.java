package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the knowledge-file reader ({@link Knowledge#withDirectory}) with user-supplied files. The
 * input is split at NUL bytes into the contents of the knowledge files, in the order of
 * {@link Knowledge#fileNames()} (an empty part leaves that file out), written as bytes. Loading
 * either succeeds, and then an extractor with the knowledge codes a text made of the files' words
 * (invariants of {@link Fuzzing#check}), or fails with an {@link IllegalArgumentException} whose
 * message starts with the file and line; nothing else, and within {@link Fuzzing}'s time bound.
 * The bundled knowledge is left out ({@link Knowledge#withoutBundledActors()},
 * {@link Knowledge#withoutBundledTriggers()}) so that an input does not reload it. Seeds: slices of
 * the bundled files.
 */
class KnowledgeFilesFuzzTest {
    private static final List<String> FILES = Knowledge.fileNames();
    private static Path directory;
    private static Knowledge base;

    static Stream<Arguments> seeds() {
        List<List<String>> bundled = FILES.stream().map(KnowledgeFilesFuzzTest::bundled).toList();
        return IntStream.range(0, 12).mapToObj(slice -> {
            StringBuilder input = new StringBuilder();
            for (int f = 0; f < FILES.size(); f++) {
                List<String> lines = bundled.get(f);
                List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
                if (f > 0) {
                    input.append('\0');
                }
                input.append(lines.get(0)).append('\n'); // the header comment
                for (int r = 0; r < 3; r++) {
                    input.append(rows.get((slice * 37 + r) % rows.size())).append('\n');
                }
            }
            return Fuzzing.seed("bundled slice " + slice, input.toString());
        });
    }

    private static List<String> bundled(String file) {
        try (InputStream in = Knowledge.class.getResourceAsStream("knowledge/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("entente-knowledge-fuzz");
            base = Knowledge.standard().withoutBundledActors().withoutBundledTriggers();
        }
        return directory;
    }

    @MethodSource("seeds")
    @DictionaryEntries({"|", "KOR", "USA", "UN", "GOV", "MIL", "head", "V", "N", "CONSULT", "ACCUSE",
            "040", "112", "2025-01-20", "clause-boundary", "negation", "reporting", "35.18", ";", ","})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @FuzzTest
    void knowledgeFiles(byte[] data) throws IOException {
        Path dir = directory();
        List<byte[]> parts = split(data);
        for (int f = 0; f < FILES.size(); f++) {
            Path file = dir.resolve(FILES.get(f));
            if (f < parts.size() && parts.get(f).length > 0) {
                Files.write(file, parts.get(f));
            } else {
                Files.deleteIfExists(file);
            }
        }
        Knowledge knowledge;
        try {
            knowledge = Fuzzing.withinBound(data.length, "Loading knowledge files", () -> base.withDirectory(dir));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            assertTrue(FILES.stream().anyMatch(f -> message.startsWith(dir.resolve(f) + " line ")),
                    () -> "the error names the file and line: " + message);
            return;
        }
        String text = new String(data, StandardCharsets.UTF_8).replaceAll("[\\x00\\t|;]", " ");
        Fuzzing.extractAndCheck(Fuzzing.with(knowledge), text, TextFormat.TEXT);
    }

    /** The input's parts between NUL bytes. */
    private static List<byte[]> split(byte[] data) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= data.length; i++) {
            if (i == data.length || data[i] == 0) {
                parts.add(Arrays.copyOfRange(data, start, i));
                start = i + 1;
            }
        }
        return parts;
    }
}
