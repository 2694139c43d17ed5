package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The bulk ingest, POST /api/v1/articles with JSON Lines, over real HTTP. */
class BulkIT extends PluginIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String[] SEEDS = {"000_230807f11d7aeb32.txt", "001_3ce1a2791a1fd1d1.txt", "002_35991112ca5a179f.txt",
        "003_30cd820a0dcd357c.txt", "004_b83d096dacd65f98.txt"};

    private HttpResponse<String> post(String user, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/v1/articles"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(Api.CONNECTOR, "application/x-ndjson", body.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String id, String text) {
        Map<String, Object> story = new LinkedHashMap<>();
        story.put("id", id);
        story.put("text", text);
        story.put("published", "2025-11-02");
        return Api.JSONB.toJson(story);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"),
                response.headers().toString());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            out.add(Api.JSONB.fromJson(line, LinkedHashMap.class));
        }
        return out;
    }

    private static void assertResult(Map<String, Object> result, int line, String id, int status, String outcome) {
        assertEquals(line, ((Number) result.get("line")).intValue(), result.toString());
        assertEquals(id, result.get("id"), result.toString());
        assertEquals(status, ((Number) result.get("status")).intValue(), result.toString());
        assertEquals(outcome, result.get("result"), result.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void storiesAreStoredWithOneResultPerLineAndBadLinesFailAlone() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < SEEDS.length; i++) {
            lines.add(line("bulk-00" + i, Api.seed(SEEDS[i])));
        }
        lines.add(2, "{\"id\": \"bulk-broken\", \"text\": ");                             // line 3: not JSON
        lines.add(4, "{\"id\": \"bulk-empty\", \"title\": \"no text\"}");                 // line 5: neither text nor html
        lines.add("");                                                                    // line 8: empty
        lines.add(line("x".repeat(201), "Japan criticized China."));                      // line 9: id too long
        lines.add(line("bulk-dup", "Japan criticized China over the talks."));            // line 10
        lines.add(line("bulk-dup", "Japan praised China after the talks."));              // line 11: the same id again
        List<Map<String, Object>> results = results(post(String.join("\r\n", lines) + "\n"));

        assertEquals(11, results.size(), results.toString());
        assertResult(results.get(0), 1, "bulk-000", 201, "created");
        assertResult(results.get(1), 2, "bulk-001", 201, "created");
        assertResult(results.get(2), 3, null, 400, "error");
        assertTrue(((String) results.get(2).get("problem")).contains("not a JSON object"), results.get(2).toString());
        assertResult(results.get(3), 4, "bulk-002", 201, "created");
        assertResult(results.get(4), 5, "bulk-empty", 400, "error");
        assertTrue(((String) results.get(4).get("problem")).contains("exactly one of"), results.get(4).toString());
        assertResult(results.get(5), 6, "bulk-003", 201, "created");
        assertResult(results.get(6), 7, "bulk-004", 201, "created");
        assertResult(results.get(7), 8, null, 400, "error");
        assertEquals(400, ((Number) results.get(8).get("status")).intValue(), results.get(8).toString());
        assertResult(results.get(9), 10, "bulk-dup", 201, "created");
        assertResult(results.get(10), 11, "bulk-dup", 200, "updated");

        // Stored as a PUT stores them: analysed, tagged, and in related coverage.
        for (int i = 0; i < SEEDS.length; i++) {
            HttpResponse<String> story = send("GET", "articles/bulk-00" + i, null);
            assertEquals(200, story.statusCode(), story.body());
            Map<String, Object> extraction = (Map<String, Object>) Api.JSONB.fromJson(story.body(), LinkedHashMap.class).get("extraction");
            assertFalse(((List<?>) extraction.get("events")).isEmpty(), "bulk-00" + i + " has events");
        }
        assertEquals(404, send("GET", "articles/bulk-empty", null).statusCode());
        assertTrue(send("GET", "articles/bulk-dup", null).body().contains("praised"), "the later line of an id wins");
        String related = send("GET", "articles/bulk-002/related?limit=100", null).body(); // other tests' stories are there too
        assertTrue(related.contains("bulk-000") && related.contains("bulk-001") && related.contains("bulk-004"), related);

        // An editor's rejection holds when the bulk ingest analyses the story again; the same story twice changes nothing.
        assertEquals(200, send("POST", "articles/bulk-004/tags/country:CHN/decision", Map.of("decision", "reject")).statusCode());
        List<Map<String, Object>> again = results(post(line("bulk-001", Api.seed(SEEDS[1])) + "\n"
                + line("bulk-004", Api.seed(SEEDS[4]) + "\nJapan criticized China over the talks.")));
        assertResult(again.get(0), 1, "bulk-001", 200, "unchanged");
        assertEquals(((Number) results.get(1).get("version")).longValue(), ((Number) again.get(0).get("version")).longValue());
        assertResult(again.get(1), 2, "bulk-004", 200, "updated");
        assertTrue(((Number) again.get(1).get("version")).longValue() > ((Number) results.get(6).get("version")).longValue());
        String tags = send("GET", "articles/bulk-004/tags", null).body();
        assertFalse(tags.contains("country:CHN"), tags);
        assertTrue(tags.contains("country:JPN"), tags);
    }

    @Test
    void limitsAndBadRequestsAreProblems() throws Exception {
        HttpResponse<String> tooMany = post((line("bulk-limit", "Japan criticized China.") + "\n").repeat(1001));
        assertEquals(413, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("1000"), tooMany.body());
        assertProblem(tooMany);
        assertEquals(404, send("GET", "articles/bulk-limit", null).statusCode(), "a refused request stores nothing");

        HttpResponse<String> empty = post("");
        assertEquals(400, empty.statusCode(), empty.body());
        assertProblem(empty);

        HttpResponse<String> anonymous = post(null, "application/x-ndjson", line("bulk-anon", "Japan criticized China.").getBytes(StandardCharsets.UTF_8));
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> editor = post(Api.EDITOR, "application/x-ndjson", line("bulk-anon", "Japan criticized China.").getBytes(StandardCharsets.UTF_8));
        assertEquals(403, editor.statusCode(), editor.body());

        HttpResponse<String> plain = post(Api.CONNECTOR, "text/plain", line("bulk-plain", "Japan criticized China.").getBytes(StandardCharsets.UTF_8));
        assertEquals(415, plain.statusCode(), plain.body());
        assertProblem(plain);

        // The other name of JSON Lines is accepted; a line that is not UTF-8 fails alone.
        byte[] notUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        byte[] ok = line("bulk-jsonl", "Japan criticized China.").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[notUtf8.length + 1 + ok.length];
        System.arraycopy(notUtf8, 0, body, 0, notUtf8.length);
        body[notUtf8.length] = '\n';
        System.arraycopy(ok, 0, body, notUtf8.length + 1, ok.length);
        List<Map<String, Object>> results = results(post(Api.CONNECTOR, "application/jsonl", body));
        assertResult(results.get(0), 1, null, 400, "error");
        assertTrue(((String) results.get(0).get("problem")).contains("UTF-8"), results.get(0).toString());
        assertResult(results.get(1), 2, "bulk-jsonl", 201, "created");
        assertNull(results.get(1).get("problem"));

        Assumptions.assumeFalse(Boolean.getBoolean("entente.it.large-bodies-dropped"),
                "GlassFish drops the connection of a request whose body the WAR refuses unread (docs/operations.md)");
        HttpResponse<String> huge = post(Api.CONNECTOR, "application/x-ndjson", new byte[8 * 1024 * 1024 + 1]);
        assertEquals(413, huge.statusCode(), huge.body());
        assertTrue(huge.body().contains("8 MiB"), huge.body());
        assertProblem(huge);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.statusCode() + " " + response.headers() + " " + response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
