package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CMS backfill against stand-ins for the plugin on loopback: one with only
 * {@code PUT /api/v1/articles/{id}} (an older plugin: the bulk request gets a 404) and one with the
 * bulk ingest.
 */
class CmsBackfillTest {
    private HttpServer server;
    /** Every request received: "id body". */
    private final List<String> received = new CopyOnWriteArrayList<>();
    /** The statuses to answer for an id, in turn; 201 once they run out. */
    private final Map<String, List<Integer>> answers = new ConcurrentHashMap<>();
    private final AtomicInteger unauthorised = new AtomicInteger();
    /** The number of stories in each bulk request. */
    private final List<Integer> batches = new CopyOnWriteArrayList<>();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String expected = "Basic " + Base64.getEncoder().encodeToString("loader:s3cret".getBytes(StandardCharsets.UTF_8));
        server.createContext("/entente/api/v1/articles/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/entente/api/v1/articles/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status;
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorised.incrementAndGet();
                status = 401;
            } else if (!exchange.getRequestMethod().equals("PUT")) {
                status = 405;
            } else {
                received.add(id + " " + body);
                List<Integer> queue = answers.getOrDefault(id, new ArrayList<>());
                status = queue.isEmpty() ? 201 : queue.remove(0);
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/entente/api/v1/bulk/api/v1/articles", exchange -> {
            // A plugin with the bulk ingest: one JSON result a line, statuses from answers as for PUT.
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                unauthorised.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            batches.add(body.split("\n").length);
            StringBuilder out = new StringBuilder();
            for (String line : body.split("\n")) {
                String id = line.substring("{\"id\":\"".length(), line.indexOf("\","));
                received.add(id + " {" + line.substring(line.indexOf("\",") + 2));
                List<Integer> queue = answers.getOrDefault(id, new ArrayList<>());
                int status = queue.isEmpty() ? 201 : queue.remove(0);
                // as the plugin writes them, a problem's quotes escaped
                out.append("{\"id\":\"").append(id).append("\",\"line\":1,\"problem\":\"not \\\"status\\\":200\",\"status\":")
                        .append(status).append("}\n");
            }
            byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/entente/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private CmsBackfill.Settings settings(Path checkpoint, String password, double perSecond) {
        return new CmsBackfill.Settings(base, "loader", password, perSecond, 2, 3, Duration.ofMillis(20), checkpoint);
    }

    private static List<CmsBackfill.Story> stories(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new CmsBackfill.Story(id, "{\"text\":\"Story " + id + "\"}")).toList();
    }

    @Test
    void sendsEachStoryRetriesTheCmsFaultsAndListsTheStoriesItRefuses(@TempDir Path dir) throws IOException {
        answers.put("b", new ArrayList<>(List.of(503, 429)));
        answers.put("d", new ArrayList<>(List.of(400)));
        Path checkpoint = dir.resolve("checkpoint");

        long start = System.nanoTime();
        CmsBackfill.Result result = CmsBackfill.send(stories("a", "b", "c", "d", "e f").iterator(), settings(checkpoint, "s3cret", 50));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertEquals(4, result.sent());
        assertEquals(1, result.refused());
        assertEquals(List.of("a", "b", "b", "b", "c", "d", "e f"), received.stream().map(r -> r.substring(0, r.indexOf(" {"))).sorted().toList());
        assertTrue(received.contains("c {\"text\":\"Story c\"}"), received.toString());
        assertEquals("d\tHTTP 400\n", Files.readString(result.refusals()));
        assertEquals("e f\n", Files.readString(checkpoint), "every story answered, the refused one too");
        // 7 requests at 50 a second are spread over at least 6 intervals of 20 ms
        assertTrue(seconds >= 0.12, "took " + seconds + " s");
    }

    @Test
    void aPluginWithTheBulkIngestGetsBatchesAndOnlyTheStoriesToRetryAreSentAgain(@TempDir Path dir) throws IOException {
        answers.put("s003", new ArrayList<>(List.of(503, 500)));
        answers.put("s150", new ArrayList<>(List.of(400)));
        Path checkpoint = dir.resolve("checkpoint");
        String[] ids = java.util.stream.IntStream.range(0, 250).mapToObj(i -> String.format("s%03d", i)).toArray(String[]::new);
        CmsBackfill.Settings settings = new CmsBackfill.Settings(base.resolve("api/v1/bulk/"), "loader", "s3cret", 100, 2, 3,
                Duration.ofMillis(20), checkpoint);

        CmsBackfill.Result result = CmsBackfill.send(stories(ids).iterator(), settings);

        assertEquals(249, result.sent());
        assertEquals(1, result.refused());
        assertEquals(List.of(100, 100, 50, 1, 1), batches.stream().sorted(java.util.Comparator.reverseOrder()).toList(),
                "three batches, then s003 alone twice");
        assertEquals(252, received.size());
        assertTrue(received.contains("s007 {\"text\":\"Story s007\"}"), received.toString());
        assertEquals("s150\tHTTP 400\n", Files.readString(result.refusals()));
        assertEquals("s249\n", Files.readString(checkpoint));
    }

    @Test
    void aSecondRunResumesAfterTheCheckpoint(@TempDir Path dir) throws IOException {
        Path checkpoint = Files.writeString(dir.resolve("checkpoint"), "b\n");

        CmsBackfill.Result result = CmsBackfill.send(stories("a", "b", "c", "d").iterator(), settings(checkpoint, "s3cret", 1000));

        assertEquals(2, result.skipped());
        assertEquals(2, result.sent());
        assertEquals(List.of("c", "d"), received.stream().map(r -> r.substring(0, 1)).sorted().toList());
        assertEquals("d\n", Files.readString(checkpoint));
    }

    @Test
    void aCmsThatStaysDownStopsTheBackfillAndKeepsTheProgress(@TempDir Path dir) throws IOException {
        answers.put("s02", new ArrayList<>(List.of(500, 502, 503, 503)));
        Path checkpoint = dir.resolve("checkpoint");
        String[] ids = java.util.stream.IntStream.range(0, 50).mapToObj(i -> String.format("s%02d", i)).toArray(String[]::new);

        CmsBackfill.Stopped stopped = assertThrows(CmsBackfill.Stopped.class,
                () -> CmsBackfill.send(stories(ids).iterator(), settings(checkpoint, "s3cret", 100)));

        assertTrue(stopped.getMessage().startsWith("story s02 failed 3 times (HTTP 503)"), stopped.getMessage());
        assertEquals("s01\n", Files.readString(checkpoint), "s00 and s01 were answered; s02 never was");
        assertTrue(received.size() < 50, "the backfill stopped sending: " + received.size());
    }

    @Test
    void refusedCredentialsStopAtOnce(@TempDir Path dir) {
        CmsBackfill.Stopped stopped = assertThrows(CmsBackfill.Stopped.class,
                () -> CmsBackfill.send(stories("a", "b", "c", "d", "e", "f").iterator(), settings(dir.resolve("checkpoint"), "wrong", 1000)));

        assertTrue(stopped.getMessage().startsWith("the CMS answered 401 to user loader"), stopped.getMessage());
        assertTrue(unauthorised.get() <= 3, "at most the requests already in flight: " + unauthorised.get());
        assertTrue(received.isEmpty());
    }

    @Test
    void idsCompareAsSparkSortsThem() {
        // UTF-16 puts U+FF21 (a fullwidth A) after U+1F600 (an emoji's high surrogate is smaller); UTF-8 bytes do not
        assertTrue("\uFF21".compareTo("\uD83D\uDE00") > 0);
        assertTrue(CmsBackfill.compareUtf8("\uFF21", "\uD83D\uDE00") < 0);
        assertTrue(CmsBackfill.compareUtf8("a", "b") < 0);
    }
}
