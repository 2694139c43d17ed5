package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connector against a real WordPress (Debian's wordpress, MariaDB and Apache on loopback, set up
 * by src/test/wordpress/wordpress.sh): seeds published as posts come back tagged, an editor's removal
 * of a tag sticks after the post is edited, related coverage ranks the seeds, and the webhook refuses
 * unsigned, stale and replayed calls. Skipped, with the reason, where WordPress cannot be installed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WordPressIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String CONTEXT = "entente-wp";
    private static final Path SETTINGS = Path.of(System.getProperty("entente.wordpress.out"));
    private static final Map<String, Long> POSTS = new LinkedHashMap<>(); // seed number -> post id
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Properties site;

    @ArquillianResource
    URL base;

    /** The reactor's WAR as /entente-wp: tags applied automatically, and the connector pointed at the test's WordPress. */
    @Deployment(testable = false)
    static WebArchive war() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("entente.tagging.mode", "auto");
        settings.put("entente.wordpress.config", SETTINGS.toAbsolutePath().toString());
        settings.put("entente.wordpress.poll-seconds", "2");
        return Api.war(CONTEXT, settings);
    }

    @BeforeAll
    static void startWordPress() throws Exception {
        String entente = "http://127.0.0.1:" + (8080 + Integer.getInteger("wildfly.port.offset", 0)) + "/" + CONTEXT;
        Process process = script("start", Map.of("ENTENTE_WEBHOOK_URL", entente + "/api/v1/connectors/wordpress/webhook",
                "ENTENTE_PANEL_URL", entente), 900);
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.exitValue() == 77) {
            Assumptions.abort("WordPress cannot be set up here: " + errors.strip());
        }
        assertEquals(0, process.exitValue(), "wordpress.sh start failed:\n" + errors);
        site = new Properties();
        try (InputStream in = new FileInputStream(SETTINGS.toFile())) {
            site.load(in);
        }
    }

    @AfterAll
    static void stopWordPress() throws Exception {
        script("stop", Map.of(), 120);
    }

    private static Process script(String command, Map<String, String> env, int seconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", System.getProperty("entente.wordpress.script"), command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        builder.environment().put("WP_CONFIG_OUT", SETTINGS.toString());
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("wordpress.sh " + command + " took more than " + seconds + " s");
        }
        return process;
    }

    @Test
    @Order(1)
    void publishedSeedsComeBackTagged() throws Exception {
        Map<String, String> published = Map.of("000", "2025-10-30", "001", "2025-11-01", "002", "2025-11-02",
                "003", "2026-01-05", "004", "2025-11-02");
        try (var files = Files.list(Path.of(System.getProperty("entente.seeds")))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String seed = file.getFileName().toString().substring(0, 3);
                Map<String, Object> post = new LinkedHashMap<>();
                post.put("title", "Seed " + seed);
                post.put("content", paragraphs(Files.readString(file)));
                post.put("status", "publish");
                post.put("date_gmt", published.get(seed) + "T09:00:00");
                Map<String, Object> created = wordpress("POST", "posts", post);
                POSTS.put(seed, ((Number) created.get("id")).longValue());
            }
        }
        for (Map.Entry<String, Long> post : POSTS.entrySet()) {
            Set<String> tags = eventually("post " + post.getKey() + " tagged", () -> {
                Set<String> names = tagNames(post.getValue());
                return names.containsAll(List.of("South Korea", "China")) ? names : null;
            });
            assertTrue(tags.stream().anyMatch(t -> Set.of("Consult", "Cooperate", "Agree", "Request", "Support").contains(t)),
                    "an event type among " + tags);
        }
        Set<String> first = tagNames(POSTS.get("000"));
        assertTrue(first.containsAll(List.of("Lee Jae Myung", "Xi Jinping", "Consult")), first.toString());
    }

    @Test
    @Order(2)
    void relatedCoverageRanksTheSameSummitAboveTheLaterMeeting() throws Exception {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> related = Api.JSONB.fromJson(new Api(base).sendAs(null, "GET",
                "articles/wp-" + POSTS.get("002") + "/related?limit=100", null).body(), List.class);
        // Other tests' stories share the server's database: compare the posts' stories with each other.
        List<String> order = related.stream().map(r -> (String) r.get("storyId")).filter(id -> id.startsWith("wp-")).toList();
        int later = order.indexOf("wp-" + POSTS.get("003"));
        assertTrue(later >= 0, order.toString());
        for (String seed : List.of("000", "001", "004")) {
            int position = order.indexOf("wp-" + POSTS.get(seed));
            assertTrue(position >= 0 && position < later, seed + " above 003 in " + order);
        }
    }

    @Test
    @Order(3)
    void aTagAnEditorRemovedStaysRemovedAfterAnEdit() throws Exception {
        long post = POSTS.get("000");
        long xi = termId("Xi Jinping");
        List<Long> kept = new ArrayList<>(tagIds(post));
        assertTrue(kept.remove(Long.valueOf(xi)));
        wordpress("POST", "posts/" + post, Map.of("tags", kept)); // the editor removes the tag in WordPress
        eventually("the removal recorded as a rejection", () -> new Api(base).sendAs(null, "GET", "articles/wp-" + post + "/tags", null)
                .body().contains("person:xi-jinping") ? null : true);

        String content = (String) ((Map<?, ?>) wordpress("GET", "posts/" + post + "?context=edit", null).get("content")).get("raw");
        Instant before = analysedAt(post);
        wordpress("POST", "posts/" + post, Map.of("content", content + "<p>Officials said Xi Jinping would visit again next year.</p>"));
        // A second save straight after, most often in the same second: WordPress's modified time and a
        // webhook's timestamp count whole seconds, and neither may hide this save.
        String title = "Edited twice: " + System.nanoTime();
        wordpress("POST", "posts/" + post, Map.of("title", title));
        eventually("the post analysed again after both edits", () -> analysedAt(post).isAfter(before) && title.equals(title(post)) ? true : null);
        Thread.sleep(3000); // and a poll more, in which a wrong write-back would happen
        Set<String> names = tagNames(post);
        assertFalse(names.contains("Xi Jinping"), names.toString());
        assertTrue(names.containsAll(List.of("South Korea", "China", "Lee Jae Myung")), names.toString());
    }

    @Test
    @Order(4)
    void theWebhookRefusesUnsignedStaleAndReplayedCalls() throws Exception {
        String url = base + "api/v1/connectors/wordpress/webhook";
        String body = "{\"post_id\":" + POSTS.get("001") + ",\"action\":\"save\"}";
        long now = Instant.now().getEpochSecond();
        assertEquals(401, webhook(url, body, null).statusCode());
        assertEquals(401, webhook(url, body, "t=" + now + ", sha256=" + "0".repeat(64)).statusCode());
        assertEquals(401, webhook(url, body, sign(now - 301, body)).statusCode(), "older than 5 minutes");
        String signed = sign(now, body);
        HttpResponse<String> accepted = webhook(url, body, signed);
        assertEquals(202, accepted.statusCode(), accepted.body());
        HttpResponse<String> replay = webhook(url, body, signed);
        assertEquals(409, replay.statusCode(), replay.body());
        assertEquals("application/problem+json", replay.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        String bad = "{\"post_id\":\"twelve\"}";
        assertEquals(400, webhook(url, bad, sign(now, bad)).statusCode());
    }

    @Test
    @Order(5)
    void aPostWithoutContentDoesNotStopThePoller() throws Exception {
        long empty = ((Number) wordpress("POST", "posts", Map.of("title", "Empty", "content", "", "status", "publish")).get("id")).longValue();
        long soup = ((Number) wordpress("POST", "posts", Map.of("title", "Soup", "status", "publish",
                "content", "<div><p>Japan <b>condemned <i>North Korea</b> on Monday</i>.<table><tr><td>after a missile test")).get("id")).longValue();
        Set<String> tags = eventually("the post after the empty one tagged", () -> {
            Set<String> names = tagNames(soup);
            return names.contains("Japan") ? names : null;
        });
        assertTrue(tags.contains("North Korea"), tags.toString());
        assertEquals(404, new Api(base).sendAs(null, "GET", "articles/wp-" + empty, null).statusCode(), "nothing to analyse");

        wordpress("DELETE", "posts/" + soup + "?force=true", null);
        eventually("the deleted post's story removed", () -> new Api(base).sendAs(null, "GET", "articles/wp-" + soup, null)
                .statusCode() == 404 ? true : null);
    }

    private Instant analysedAt(long post) throws Exception {
        return Instant.parse((String) story(post).get("analyzedAt"));
    }

    private String title(long post) throws Exception {
        return (String) story(post).get("title");
    }

    private Map<?, ?> story(long post) throws Exception {
        return Api.JSONB.fromJson(new Api(base).sendAs(null, "GET", "articles/wp-" + post, null).body(), Map.class);
    }

    private static String sign(long timestamp, String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(site.getProperty("webhook-secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "t=" + timestamp + ", sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> webhook(String url, String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Entente-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static List<Long> tagIds(long post) throws Exception {
        List<?> ids = (List<?>) wordpress("GET", "posts/" + post + "?context=edit", null).get("tags");
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private static Set<String> tagNames(long post) throws Exception {
        List<Long> ids = tagIds(post);
        if (ids.isEmpty()) {
            return Set.of();
        }
        String include = String.join(",", ids.stream().map(String::valueOf).toList());
        Set<String> names = new TreeSet<>();
        for (Object tag : wordpressList("tags?per_page=100&include=" + include)) {
            names.add(((String) ((Map<?, ?>) tag).get("name")).replace("&amp;", "&")); // WordPress escapes names
        }
        return names;
    }

    private static long termId(String name) throws Exception {
        for (Object tag : wordpressList("tags?per_page=100&search=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8))) {
            if (name.equals(((Map<?, ?>) tag).get("name"))) {
                return ((Number) ((Map<?, ?>) tag).get("id")).longValue();
            }
        }
        throw new AssertionError("WordPress has no tag " + name);
    }

    private static HttpResponse<String> call(String method, String path, Object body) throws Exception {
        String auth = site.getProperty("user") + ":" + site.getProperty("application-password");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.getProperty("url") + "/wp-json/wp/v2/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(Api.JSONB.toJson(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.statusCode() + " " + response.body());
        return response;
    }

    private static Map<String, Object> wordpress(String method, String path, Object body) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = Api.JSONB.fromJson(call(method, path, body).body(), Map.class);
        return json;
    }

    private static List<?> wordpressList(String path) throws Exception {
        return Api.JSONB.fromJson(call("GET", path, null).body(), List.class);
    }

    /** The first non-null answer of {@code check} within {@link #PATIENCE}, polled twice a second. */
    private static <T> T eventually(String what, Callable<T> check) throws Exception {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            T answer = check.call();
            if (answer != null) {
                return answer;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not within " + PATIENCE.toSeconds() + " s: " + what);
    }
}
