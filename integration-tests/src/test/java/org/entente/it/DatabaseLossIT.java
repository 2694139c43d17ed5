package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL stopped mid-run and started again (PostgreSQL run only): while it is down, requests that
 * need it get 503 problem+json with Retry-After and the WordPress poller backs off without touching
 * the site; when it is back, everything resumes, and every write that was answered 2xx is there. The
 * WordPress site is a stand-in on loopback (two endpoints of its REST API), since WordPress itself
 * is not what is tested here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseLossIT {
    private static final String CONTEXT = "entente-dbloss";
    private static final Path SETTINGS = Path.of(System.getProperty("entente.it.output", "target"), "dbloss", "wordpress.properties");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Map<Long, String> POSTS = new ConcurrentHashMap<>();
    private static final AtomicInteger LISTINGS = new AtomicInteger();
    private static HttpServer wordpress;

    @ArquillianResource
    URL base;

    /** The WAR with the WordPress connector pointed at the stand-in, polling every 2 s. */
    @Deployment(testable = false)
    static WebArchive war() {
        return Api.war(CONTEXT, Map.of("entente.wordpress.config", SETTINGS.toAbsolutePath().toString(),
                "entente.wordpress.poll-seconds", "2"));
    }

    @BeforeAll
    static void startWordPress() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("entente.db")), "stops PostgreSQL: the PostgreSQL run only");
        wordpress = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        wordpress.createContext("/wp-json/wp/v2/posts", DatabaseLossIT::answer);
        wordpress.start();
        POSTS.put(1L, Api.seed("000_230807f11d7aeb32.txt"));
        Files.createDirectories(SETTINGS.getParent());
        Files.writeString(SETTINGS, "url=http://127.0.0.1:" + wordpress.getAddress().getPort() + "\nuser=entente\n"
                + "application-password=stand-in\nwebhook-secret=not-used-here\n");
    }

    @AfterAll
    static void stopWordPress() throws Exception {
        if (wordpress != null) {
            database("resume"); // whatever happened, the next tests get their database back
            wordpress.stop(0);
        }
    }

    /** The stand-in's two endpoints: the list of published posts (one page) and one post. */
    private static void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        int status = 200;
        if (path.equals("/wp-json/wp/v2/posts")) {
            LISTINGS.incrementAndGet();
            List<String> posts = new ArrayList<>();
            POSTS.keySet().stream().sorted().forEach(id -> posts.add(post(id)));
            body = "[" + String.join(",", posts) + "]";
            exchange.getResponseHeaders().add("X-WP-TotalPages", "1");
        } else {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            body = POSTS.containsKey(id) ? post(id) : "{\"code\":\"rest_post_invalid_id\"}";
            status = POSTS.containsKey(id) ? 200 : 404;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String post(long id) {
        return "{\"id\":" + id + ",\"status\":\"publish\",\"modified_gmt\":\"2025-11-02T10:00:00\",\"date_gmt\":\"2025-11-02T10:00:00\","
                + "\"title\":{\"raw\":\"\"},\"content\":{\"raw\":" + Api.JSONB.toJson(POSTS.get(id)) + "},"
                + "\"link\":\"http://127.0.0.1/?p=" + id + "\",\"tags\":[]}";
    }

    /** postgresql.sh pause or resume, on the run's database. */
    private static void database(String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", System.getProperty("entente.postgresql.script"), command)
                .redirectErrorStream(true);
        builder.environment().put("PG_PORT", System.getProperty("entente.postgresql.port"));
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(90, TimeUnit.SECONDS), "postgresql.sh " + command + " hung");
        assertEquals(0, process.exitValue(), "postgresql.sh " + command + ": " + output);
    }

    private HttpResponse<String> request(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(Api.CONNECTOR.getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String id, String text) throws Exception {
        return request("PUT", "articles/" + id, "application/json", Api.JSONB.toJson(Api.story(text, "2025-11-02")));
    }

    private static void assertUnavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().toString());
        assertTrue(response.headers().firstValue("Retry-After").orElse("").matches("\\d+"), response.headers().toString());
        assertTrue(response.body().contains("database cannot be reached"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    private static String text(int i) {
        String[] countries = {"Japan", "France", "Brazil", "Kenya", "India", "Chile", "Egypt", "Norway"};
        return countries[i % countries.length] + " criticized " + countries[(i + 3) % countries.length]
                + " on Tuesday over trade, officials said (story " + i + ").";
    }

    @Test
    void requestsGet503WhileTheDatabaseIsDownAndNoAcceptedWriteIsLost() throws Exception {
        await("the poller syncs post 1", () -> request("GET", "articles/wp-1", null, null).statusCode() == 200);
        assertEquals(201, put("dbloss-before", text(0)).statusCode());

        // A writer that keeps storing stories through the loss, sending each again after a 503 as asked.
        Map<String, String> accepted = new ConcurrentHashMap<>();
        List<Integer> refusals = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> written = writer.submit(() -> {
            for (int i = 1; writing.get() && i < 10_000; i++) {
                String id = "dbloss-" + i;
                long giveUp = System.nanoTime() + PATIENCE.toNanos();
                while (System.nanoTime() < giveUp) {
                    HttpResponse<String> response = put(id, text(i));
                    if (response.statusCode() == 201 || response.statusCode() == 200) {
                        accepted.put(id, text(i));
                        break;
                    }
                    refusals.add(response.statusCode());
                    assertUnavailable(response);
                    Thread.sleep(200); // less than Retry-After asks, to see many refusals
                }
            }
            return null;
        });
        await("the writer stores stories", () -> {
            if (written.isDone()) {
                written.get();
            }
            return accepted.size() >= 3;
        });

        int listingsBefore = LISTINGS.get();
        database("pause");
        long logFrom = Files.size(serverLog());
        assertUnavailable(put("dbloss-during", text(99)));
        assertUnavailable(request("GET", "articles/dbloss-before", null, null));
        assertUnavailable(request("GET", "articles/dbloss-before/tags", null, null));
        assertUnavailable(request("POST", "articles", "application/x-ndjson", "{\"id\":\"dbloss-bulk\",\"text\":\"" + text(98) + "\"}\n"));
        POSTS.put(2L, Api.seed("002_35991112ca5a179f.txt")); // published while the database is down
        Thread.sleep(12_000);
        int listingsDuring = LISTINGS.get() - listingsBefore;
        String log = Files.readString(serverLog()).substring((int) Math.min(logFrom, Files.size(serverLog())));
        List<Long> delays = new ArrayList<>();
        Matcher m = Pattern.compile("WordPress connector: the database cannot be reached; next poll in (\\d+) s").matcher(log);
        while (m.find()) {
            delays.add(Long.parseLong(m.group(1)));
        }
        database("resume");

        assertTrue(delays.size() >= 2 && delays.get(1) > delays.get(0), "the poller backs off: " + delays);
        assertTrue(listingsDuring <= 1, "the poller does not call WordPress while the database is down: " + listingsDuring);
        assertFalse(log.contains("ERROR [org.entente.cms.wordpress"), "no poller failure logged as an error");

        // Everything resumes: the refused write goes through, the writer goes on, the poller syncs the new post.
        await("a PUT is accepted again", () -> put("dbloss-during", text(99)).statusCode() / 100 == 2);
        int before = accepted.size();
        await("the writer goes on", () -> {
            if (written.isDone()) {
                written.get(); // the writer failed: say how
            }
            return accepted.size() >= before + 3;
        });
        writing.set(false);
        written.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        writer.shutdown();
        assertFalse(refusals.isEmpty(), "the writer met the loss");
        await("the poller syncs post 2", () -> request("GET", "articles/wp-2", null, null).statusCode() == 200);

        // No accepted write is lost.
        accepted.put("dbloss-before", text(0));
        accepted.put("dbloss-during", text(99));
        for (Map.Entry<String, String> story : accepted.entrySet()) {
            HttpResponse<String> stored = request("GET", "articles/" + story.getKey(), null, null);
            assertEquals(200, stored.statusCode(), story.getKey() + ": " + stored.body());
            assertTrue(stored.body().contains(story.getValue().substring(0, 20)), story.getKey() + ": " + stored.body());
        }
        String related = request("GET", "articles/wp-2/related", null, null).body();
        assertTrue(related.contains("wp-1"), "related coverage sees the stories stored after the loss: " + related);
    }

    private static Path serverLog() {
        return Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!check.holds()) {
            assertTrue(System.nanoTime() < giveUp, "timed out waiting until " + what);
            Thread.sleep(250);
        }
    }
}
