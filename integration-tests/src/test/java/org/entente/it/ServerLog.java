package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The server's log file, named by the failsafe run ({@code entente.server.log}: WildFly's
 * {@code standalone/log/server.log}, GlassFish's {@code domains/entente/logs/server.log}), read from a
 * mark on: what the server logged while a test ran.
 */
final class ServerLog {
    /**
     * A line at level ERROR: WildFly's "2026-12-07 13:45:27,726 ERROR [category]", or GlassFish's
     * "[2026-12-07T13:45:27.726Z] [GlassFish 7.0] [SEVERE] [...]" (java.util.logging's SEVERE).
     */
    private static final Pattern ERROR = Pattern.compile("^(\\S+ \\S+ ERROR \\[|\\[[^\\]]*\\] \\[[^\\]]*\\] \\[(SEVERE|ERROR)\\])");

    private final Path file;
    private final long mark;

    private ServerLog(Path file, long mark) {
        this.file = file;
        this.mark = mark;
    }

    /** The log as it stands: what is written from now on is what {@link #errorsSince} reads. */
    static ServerLog mark() throws IOException, InterruptedException {
        String name = System.getProperty("entente.server.log");
        assertTrue(name != null && !name.isBlank(), "the failsafe run names the server's log (entente.server.log)");
        Path file = Path.of(name);
        assertTrue(Files.isRegularFile(file), "the server's log " + file + " exists");
        // The right log: the deployment under test said it was migrated or up to date (GlassFish writes from a
        // queue, and rotates server.log to server.log_<time> when it grows past its limit).
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!deploymentLogged(file) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(deploymentLogged(file), "the deployment logs to " + file + " (or a rotated copy of it)");
        return new ServerLog(file, Files.size(file));
    }

    private static boolean deploymentLogged(Path file) throws IOException {
        try (var logs = Files.list(file.getParent())) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(file.getFileName().toString())).toList()) {
                if (Files.isRegularFile(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains("Entente schema")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The ERROR (or SEVERE) lines written since the mark, each with the two lines after it. */
    List<String> errorsSince() throws Exception {
        Thread.sleep(1_000); // GlassFish writes its log from a queue
        byte[] bytes;
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            assertTrue(length >= mark, "the log was not rotated during the test (" + length + " < " + mark + ")");
            bytes = new byte[(int) (length - mark)];
            in.seek(mark);
            in.readFully(bytes);
        }
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        return java.util.stream.IntStream.range(0, lines.size()).filter(i -> ERROR.matcher(lines.get(i)).find())
                .mapToObj(i -> String.join("\n", lines.subList(i, Math.min(lines.size(), i + 3)))).toList();
    }

    /** Fails with the lines if the server logged an error since the mark. */
    void assertNoErrors(String during) throws Exception {
        List<String> errors = errorsSince();
        assertEquals(List.of(), errors.stream().limit(5).toList(), errors.size() + " ERROR lines in " + file + " during " + during);
    }
}
