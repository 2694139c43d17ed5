package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * 10,000 malformed API requests, generated from a fixed seed (the same requests every run): random
 * and truncated JSON, wrong JSON types, huge and deeply nested values, bytes that are not UTF-8,
 * unknown and repeated fields, wrong methods, content types and Accept headers, ids outside the safe
 * set and absurd query values. Every answer is a 4xx problem+json of its status, without a stack
 * trace (413 for a body over 2 MiB, 415 for a content type that is not JSON, 405 for a method a path
 * does not take), no ERROR is logged, and the server answers normally afterwards.
 */
class HostileRequestsIT extends PluginIT {
    /** The number of requests, and the seed of their generator; -Dentente.it.hostile.count and .seed change them. */
    private static final int COUNT = Integer.getInteger("entente.it.hostile.count", 10_000);
    private static final long SEED = Long.getLong("entente.it.hostile.seed", 20_261_207L);
    private static final int CLIENTS = 4;
    private static final int MAX_BODY = 2 * 1024 * 1024;
    /**
     * GlassFish refuses a colon in a path before the WAR sees it, and answers a path holding a NUL, a
     * backslash or bytes that are not UTF-8 with a bare 400 of its own (docs/operations.md): no such
     * ids there.
     */
    private static final boolean NO_COLONS = Boolean.getBoolean("entente.it.no-colons-in-paths");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One generated request and the statuses it may get. */
    record Hostile(String kind, String method, String path, String contentType, String accept, String user, byte[] body,
                   Set<Integer> expected) {
        String describe() {
            String shown = body == null ? "no body" : body.length > 120 ? body.length + " bytes, starting "
                    + new String(body, 0, 120, StandardCharsets.ISO_8859_1) : new String(body, StandardCharsets.ISO_8859_1);
            return kind + ": " + method + " " + (path.length() > 150 ? path.substring(0, 150) + "…" : path) + " [" + contentType
                    + "] " + shown;
        }
    }

    /** A JSON body's endpoint: where it goes, as whom, and a valid body to spoil. */
    private record Target(String method, String path, String user, Function<Random, String> valid, List<String> fields,
                          List<String> invalid) {
    }

    private static final List<String> STORY_FIELDS = List.of("text", "html", "title", "url", "published");
    private static final List<String> DECISION_FIELDS = List.of("tag", "decision");
    /** JSON that parses but is no request: the same for every target, then each target's own. */
    private static final List<String> NO_REQUEST = List.of("null", "\"\"", "[]", "{}", "0", "\"text\"", "true");
    private static final List<String> NO_STORY = List.of("{\"text\":\"   \"}", "{\"text\":null,\"html\":null}",
            "{\"text\":\"Japan.\",\"html\":\"<p>Japan.</p>\"}", "{\"text\":\"Japan.\",\"url\":\"relative/path\"}",
            "{\"text\":\"Japan.\",\"url\":\"http://exa mple.org\"}", "{\"text\":\"Japan.\",\"published\":\"2025-02-30\"}",
            "{\"text\":\"Japan.\",\"published\":\"yesterday\"}", "{\"title\":\"only a title\"}");
    private static final List<String> NO_DECISION = List.of("{\"decision\":\"maybe\",\"tag\":\"country:JPN\"}",
            "{\"decision\":null,\"tag\":\"country:JPN\"}", "{\"decision\":\"accept\",\"tag\":\"\"}",
            "{\"decision\":\"accept\",\"tag\":\"a b\"}", "{\"decision\":\"accept\",\"tag\":\"" + "k".repeat(301) + "\"}",
            "{\"tag\":\"country:JPN\"}");

    private static final List<Target> TARGETS = List.of(
            new Target("POST", "analyze", null, HostileRequestsIT::validStory, STORY_FIELDS, NO_STORY),
            new Target("PUT", "articles/hostile-1", Api.CONNECTOR, HostileRequestsIT::validStory, STORY_FIELDS, NO_STORY),
            new Target("POST", "articles/hostile-1/decisions", Api.EDITOR,
                    r -> "{\"tag\":\"country:JPN\",\"decision\":\"" + (r.nextBoolean() ? "accept" : "reject") + "\"}", DECISION_FIELDS,
                    NO_DECISION),
            // the tag in the path has no colon (GlassFish refuses one) and the story has no such tag: only a bad body is a 400
            new Target("POST", "articles/hostile-1/tags/event-type-CONSULT/decision", Api.EDITOR,
                    r -> "{\"decision\":\"" + (r.nextBoolean() ? "accept" : "reject") + "\"}", List.of("decision"),
                    List.of("{\"decision\":\"maybe\"}", "{\"decision\":null}", "{\"tag\":\"country:JPN\"}")));

    /** Paths and the methods they do not take. */
    private static final Map<String, List<String>> WRONG_METHODS = Map.of(
            "analyze", List.of("GET", "PUT", "DELETE", "PATCH"),
            "articles/hostile-1", List.of("POST", "PATCH"),
            "articles/hostile-1/tags", List.of("POST", "PUT", "DELETE", "PATCH"),
            "articles/hostile-1/decisions", List.of("GET", "PUT", "DELETE", "PATCH"),
            "articles/hostile-1/related", List.of("POST", "PUT", "DELETE"),
            "events", List.of("POST", "PUT", "DELETE", "PATCH"),
            "status", List.of("POST", "PUT", "DELETE"),
            "connectors/wordpress/webhook", List.of("GET", "PUT", "DELETE", "PATCH"));

    private static final List<String> NOT_JSON = List.of("text/plain", "text/plain; charset=utf-8", "application/xml", "text/html",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "application/octet-stream", "image/png",
            "application/problem+json", "application/jsonp", "application/x-json-stream", "text/json");

    private static String validStory(Random random) {
        return "{\"text\":\"Japan condemned North Korea over its missile launch " + random.nextInt(1000)
                + ".\",\"title\":\"Protest\",\"published\":\"2025-11-03\"}";
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Hostile body(String kind, Target target, byte[] body, Set<Integer> expected) {
        return new Hostile(kind, target.method(), target.path(), "application/json", null, target.user(), body, expected);
    }

    private static final Set<Integer> BAD = Set.of(400);

    /** The {@code n}th request of the run: its kind is drawn first, then its details. */
    static Hostile generate(Random r) {
        Target t = TARGETS.get(r.nextInt(TARGETS.size()));
        int kind = r.nextInt(1000);
        if (kind < 100) { // random bytes
            byte[] bytes = new byte[r.nextInt(2000)];
            r.nextBytes(bytes);
            return body("random bytes", t, bytes, BAD);
        }
        if (kind < 200) { // random text made of JSON's own characters
            String alphabet = "{}[]:,\"\\ 0123456789.-+eEtruefalsn\n\t";
            StringBuilder s = new StringBuilder();
            for (int i = r.nextInt(300); i > 0; i--) {
                s.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            return body("random JSON characters", t, utf8(s.toString()), BAD);
        }
        if (kind < 320) { // truncated JSON: every proper prefix of an object is invalid
            String valid = t.valid().apply(r);
            return body("truncated JSON", t, utf8(valid.substring(0, r.nextInt(valid.length()))), BAD);
        }
        if (kind < 440) { // a field of the wrong JSON type
            String field = t.fields().get(r.nextInt(t.fields().size()));
            String[] wrong = {"5", "-1.5e300", "true", "false", "[]", "[\"a\"]", "{}", "{\"text\":\"x\"}", "123456789012345678901234567890",
                    "[" + "1,".repeat(r.nextInt(5000)) + "1]"};
            String valid = t.valid().apply(r);
            String spoilt = valid.contains("\"" + field + "\":")
                    ? valid.replaceFirst("\"" + field + "\":(\"[^\"]*\")", "\"" + field + "\":" + java.util.regex.Matcher.quoteReplacement(wrong[r.nextInt(wrong.length)]))
                    : "{\"" + field + "\":" + wrong[r.nextInt(wrong.length)] + "," + valid.substring(1);
            return body("wrong type", t, utf8(spoilt), BAD);
        }
        if (kind < 510) { // deep nesting, at the top or in a field
            int depth = 1 + r.nextInt(r.nextBoolean() ? 100 : 50_000);
            String open = r.nextBoolean() ? "[" : "{\"a\":";
            String close = open.equals("[") ? "]" : "}";
            String nested = open.repeat(depth) + "1" + close.repeat(r.nextInt(4) == 0 ? 0 : depth);
            String field = t.fields().get(r.nextInt(t.fields().size()));
            return body("deep nesting", t, utf8(r.nextBoolean() ? nested : "{\"" + field + "\":" + nested + "}"), BAD);
        }
        if (kind < 540) { // huge values inside the limit, where they do not fit
            int size = 10_000 + r.nextInt(r.nextInt(4) == 0 ? 1_500_000 : 100_000);
            String huge = switch (r.nextInt(5)) {
                case 0 -> "{\"text\":\"Japan condemned North Korea.\",\"title\":\"" + "t".repeat(size) + "\"}";
                case 1 -> "{\"text\":\"Japan condemned North Korea.\",\"url\":\"https://example.org/" + "u".repeat(size) + "\"}";
                case 2 -> "{\"" + t.fields().get(0) + "\":" + "9".repeat(size) + "}";
                case 3 -> "{\"published\":\"" + "2".repeat(size) + "\",\"text\":\"Japan condemned North Korea.\"}";
                default -> "{\"decision\":\"" + "x".repeat(size) + "\",\"tag\":\"" + "y".repeat(size / 4) + "\"}";
            };
            return body("huge value", t, utf8(huge), BAD);
        }
        if (kind < 542) { // over the 2 MiB limit
            int size = MAX_BODY + 1 + r.nextInt(MAX_BODY / 2);
            byte[] big = new byte[size];
            java.util.Arrays.fill(big, (byte) 'a');
            byte[] head = utf8("{\"text\":\"");
            System.arraycopy(head, 0, big, 0, head.length);
            big[size - 2] = '"';
            big[size - 1] = '}';
            return body("over 2 MiB", t, big, Set.of(413));
        }
        if (kind < 600) { // bytes that are not UTF-8 inside a string
            byte[][] invalid = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                    {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
            String valid = t.valid().apply(r);
            int cut = valid.indexOf("\":\"") + 3 + r.nextInt(3);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8(valid.substring(0, cut)));
            out.writeBytes(invalid[r.nextInt(invalid.length)]);
            out.writeBytes(utf8(valid.substring(cut)));
            return body("not UTF-8", t, out.toByteArray(), BAD);
        }
        if (kind < 660) { // unknown or repeated fields
            String valid = t.valid().apply(r);
            String[] names = {"id", "Text", "TEXT", "body", "__proto__", "constructor", "text ", "", "\\u0000", "tags", "version", "decision2"};
            String name = r.nextInt(4) == 0 ? t.fields().get(0) : names[r.nextInt(names.length)];
            if (name.equals(t.fields().get(0)) && !valid.contains("\"" + name + "\":")) {
                name = "extra"; // not repeated after all
            }
            if (t.fields().contains(name) && !valid.contains("\"" + name + "\":")) {
                name = "unknown";
            }
            return body(t.fields().contains(name) ? "repeated field" : "unknown field", t,
                    utf8("{\"" + name + "\":\"x\"," + valid.substring(1)), BAD);
        }
        if (kind < 700) { // JSON that parses but is no request
            List<String> values = new ArrayList<>(NO_REQUEST);
            values.addAll(t.invalid());
            return body("valid JSON, invalid request", t, utf8(values.get(r.nextInt(values.size()))), BAD);
        }
        if (kind < 760) { // a method the path does not take
            List<String> paths = new ArrayList<>(new TreeMap<>(WRONG_METHODS).keySet());
            String path = paths.get(r.nextInt(paths.size()));
            List<String> methods = WRONG_METHODS.get(path);
            String method = r.nextInt(10) == 0 ? List.of("FOO", "BREW", "PROPFIND", "MKCOL").get(r.nextInt(4)) : methods.get(r.nextInt(methods.size()));
            byte[] payload = method.equals("GET") || method.equals("DELETE") ? null : utf8(validStory(r));
            return new Hostile("wrong method", method, path, payload == null ? null : "application/json", null, Api.EDITOR, payload,
                    Set.of(405));
        }
        if (kind < 820) { // a content type that is not JSON, or none
            String type = r.nextInt(8) == 0 ? null : NOT_JSON.get(r.nextInt(NOT_JSON.size()));
            boolean webhook = r.nextInt(5) == 0;
            return new Hostile("wrong content type", webhook ? "POST" : t.method(), webhook ? "connectors/wordpress/webhook" : t.path(),
                    type, null, t.user(), utf8(t.valid().apply(r)), Set.of(415));
        }
        if (kind < 840) { // an answer the client cannot take
            String accept = List.of("application/xml", "text/html", "image/png", "text/csv").get(r.nextInt(4));
            String path = List.of("status", "events", "articles/hostile-1", "articles/hostile-1/tags").get(r.nextInt(4));
            return new Hostile("unacceptable Accept", "GET", path, null, accept, null, null, Set.of(406));
        }
        if (kind < 920) { // ids outside the safe set, at every endpoint that takes one
            String id = absurdId(r);
            String[][] uses = {{"GET", ""}, {"GET", "/tags"}, {"GET", "/related"}, {"DELETE", ""}, {"PUT", ""}, {"POST", "/decisions"},
                    {"POST", "/tags/country-JPN/decision"}};
            String[] use = uses[r.nextInt(uses.length)];
            String user = use[0].equals("POST") ? Api.EDITOR : use[0].equals("GET") ? null : Api.CONNECTOR;
            byte[] payload = use[0].equals("PUT") ? utf8(validStory(r)) : use[0].equals("POST") ? utf8("{\"tag\":\"country:JPN\",\"decision\":\"accept\"}") : null;
            return new Hostile("absurd id", use[0], "articles/" + id + use[1], payload == null ? null : "application/json", null, user,
                    payload, BAD);
        }
        // absurd query values
        String value = absurdQueryValue(r);
        String[] parameters = {"related?limit=", "events?limit=", "events?from=", "events?to=", "events?actor=", "events?type="};
        String parameter = parameters[r.nextInt(parameters.length)];
        if (value.isEmpty() && !parameter.endsWith("limit=")) {
            value = "-1"; // an empty filter is no filter: a valid query
        }
        String path = (parameter.startsWith("related") ? "articles/hostile-1/" : "") + parameter + value;
        return new Hostile("absurd query value", "GET", path, null, null, null, null, BAD);
    }

    private static final String PUNCTUATION = "<>\"'`{}|\\^[]%#?&=+$,;@!*()~";

    /** An id no story may have, percent-encoded where a path needs it. */
    private static String absurdId(Random r) {
        String id = switch (r.nextInt(8)) {
            case 0 -> "x".repeat(201 + r.nextInt(3000));
            case 1 -> List.of(".", "..", ".hidden", "-dash", "_under", "..%2F..%2Fetc", "a/../b").get(r.nextInt(7));
            case 2 -> "a" + (char) (NO_COLONS ? 1 + r.nextInt(31) : r.nextInt(32)) + "b";
            case 3 -> "story " + r.nextInt(100);
            case 4 -> List.of("café", "日本", "😀", "ı", "Ａ").get(r.nextInt(5));
            case 5 -> {
                char c = PUNCTUATION.charAt(r.nextInt(PUNCTUATION.length()));
                yield "a" + (NO_COLONS && c == '\\' ? '!' : c) + "b";
            }
            case 6 -> NO_COLONS ? "urn;x" : "urn:" + r.nextInt(100);
            default -> NO_COLONS ? "a+b" + r.nextInt(100) : "%FF%FE" + r.nextInt(100);
        };
        if (id.startsWith("%FF") || id.contains("%2F")) {
            return id; // already encoded: bytes that are not UTF-8, an encoded slash
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-_".indexOf(c) >= 0)) {
                encoded.append(c);
            } else if (c == '.' && !id.matches("\\.+")) {
                encoded.append(c); // dot segments "." and ".." go encoded, or the client would resolve them away
            } else if (c == '/' && id.equals("a/../b")) {
                encoded.append("%2F");
            } else {
                encoded.append('%').append(String.format("%02X", (int) c));
            }
        }
        return encoded.toString();
    }

    private static String absurdQueryValue(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "";
            case 1 -> "-1";
            case 2 -> "0";
            case 3 -> "99999999999999999999";
            case 4 -> "1e3";
            case 5 -> "%00";
            case 6 -> "9".repeat(1 + r.nextInt(2000));
            case 7 -> "%FF%FE";
            case 8 -> "2025-13-45";
            default -> "abc%20def%3Cscript%3E";
        };
    }

    private HttpResponse<String> send(Hostile h) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/" + h.path())).timeout(Duration.ofSeconds(60));
        if (h.contentType() != null) {
            request.header("Content-Type", h.contentType());
        }
        if (h.accept() != null) {
            request.header("Accept", h.accept());
        }
        if (h.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(h.user().getBytes(StandardCharsets.UTF_8)));
        }
        request.method(h.method(), h.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(h.body()));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** What is wrong with an answer, or null if it is the problem expected. */
    private static String check(Hostile h, HttpResponse<String> response) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
        String body = response.body();
        if (!h.expected().contains(status) || !type.equals("application/problem+json")
                || !body.contains("\"status\":" + status) || body.contains("\tat ") || body.contains(".java:")) {
            return status + " " + type + " " + (body.length() > 300 ? body.substring(0, 300) : body) + " <- " + h.describe();
        }
        return null;
    }

    @Test
    void tenThousandMalformedRequestsGetFourHundredProblemsAndTheServerCarriesOn() throws Exception {
        assertEquals(201, send("PUT", "articles/hostile-1", Api.story("Japan condemned North Korea over its launch.", "2025-11-03"))
                .statusCode(), "a story for the requests that name one");
        ServerLog log = ServerLog.mark();
        Random random = new Random(SEED);
        List<Hostile> requests = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            requests.add(generate(random));
        }
        long started = System.nanoTime();
        Map<String, int[]> byKind = new TreeMap<>();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Hostile h : requests) {
                answers.add(pool.submit(() -> send(h)));
            }
            for (int i = 0; i < requests.size(); i++) {
                Hostile h = requests.get(i);
                String problem;
                int status;
                try {
                    HttpResponse<String> response = answers.get(i).get();
                    status = response.statusCode();
                    problem = check(h, response);
                } catch (java.util.concurrent.ExecutionException e) {
                    status = -1;
                    problem = "no answer (" + e.getCause() + ") <- " + h.describe();
                }
                byKind.computeIfAbsent(h.kind(), k -> new int[1])[0]++;
                byStatus.merge(status, 1, Integer::sum);
                if (problem != null) {
                    wrong.add("#" + i + " " + problem);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        StringBuilder summary = new StringBuilder();
        byKind.forEach((kind, n) -> summary.append(String.format("  %-28s %,6d%n", kind, n[0])));
        System.out.printf("HostileRequestsIT: %,d requests (seed %d) in %.1f s, %.0f/s; statuses %s%n%s", COUNT, SEED, seconds,
                COUNT / seconds, byStatus, summary);
        assertEquals(List.of(), wrong.stream().limit(8).toList(), wrong.size() + " of " + COUNT + " answers were not the problem expected");

        // Afterwards the server answers normally.
        HttpResponse<String> analysis = send("POST", "analyze", Api.story("Japan condemned North Korea over its missile launch.", "2025-11-03"));
        assertEquals(200, analysis.statusCode(), analysis.body());
        assertTrue(analysis.body().contains("\"type\":\"ACCUSE\""), analysis.body());
        assertEquals(200, send("GET", "articles/hostile-1", null).statusCode());
        assertEquals(200, send("GET", "status", null).statusCode());
        log.assertNoErrors(COUNT + " malformed requests");
    }
}
