package org.entente.extract.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads PETRARCH dictionary files, whose published copies hold a few bytes that are not UTF-8. */
final class PetrarchFiles {
    private PetrarchFiles() {
    }

    /**
     * The lines of {@code file}, decoded leniently (bad bytes become U+FFFD).
     *
     * @param what what the file is, for the message ("PETRARCH verb dictionary")
     * @throws UncheckedIOException naming the file if it cannot be read
     */
    static List<String> lines(Path file, String what) {
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return decoder.decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString().lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
