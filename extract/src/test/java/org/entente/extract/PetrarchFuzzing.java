package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * The fuzz targets of the PETRARCH dictionary readers share this: the fuzzer's bytes become a
 * dictionary file, a small fixed companion dictionary gives what the fuzzed one lacks (actors for
 * verbs, verbs for actors), and a text made of the dictionary's words is coded with the result.
 * Loading either succeeds or fails with an {@link IllegalArgumentException} naming the file;
 * nothing else, and within {@link Fuzzing}'s time bound. The bundled knowledge is left out so that
 * an input does not reload it.
 */
final class PetrarchFuzzing {
    private final Path directory;
    private final Path fuzzed;
    private final Knowledge base;

    /**
     * @param companionName the companion dictionary's file name
     * @param companion     its text
     * @param add           adds a dictionary file to a knowledge, as the companion is added
     */
    PetrarchFuzzing(String companionName, String companion, BiFunction<Knowledge, Path, Knowledge> add) {
        try {
            directory = Files.createTempDirectory("entente-petrarch-fuzz");
            fuzzed = directory.resolve("fuzzed.txt");
            Path companionFile = Files.writeString(directory.resolve(companionName), companion);
            base = add.apply(Knowledge.standard().withoutBundledActors().withoutBundledTriggers(), companionFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads {@code data} as a dictionary with {@code load}, checks the outcome, and codes
     * {@code text(dictionary text)} with the knowledge loaded.
     */
    void run(byte[] data, BiFunction<Knowledge, Path, Knowledge> load, UnaryOperator<String> text) {
        try {
            Files.write(fuzzed, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Knowledge knowledge;
        try {
            knowledge = Fuzzing.withinBound(data.length, "Loading a PETRARCH dictionary", () -> load.apply(base, fuzzed));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            assertTrue(message.contains(fuzzed.toString()), () -> "the error names the file: " + message);
            return;
        }
        String dictionary = new String(data, StandardCharsets.UTF_8);
        Fuzzing.extractAndCheck(Fuzzing.with(knowledge), text.apply(dictionary), TextFormat.TEXT);
    }

    /** The words of each line of a dictionary, without codes, comments and PETRARCH's markup. */
    static List<String> phrases(String dictionary) {
        return dictionary.lines()
                .map(l -> l.replaceAll("#.*|\\[[^\\]]*\\]|<[^>]*>", " ").replaceAll("[_*$+%^&{}()|~!=\\-\\[\\]]", " ")
                        .strip().replaceAll("\\s+", " "))
                .filter(l -> !l.isEmpty())
                .limit(200)
                .toList();
    }
}
