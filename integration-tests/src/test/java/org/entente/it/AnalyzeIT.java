package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@code POST /entente/api/v1/analyze} on a real WildFly, over real HTTP, with the WAR the reactor built. */
class AnalyzeIT extends PluginIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HttpResponse<String> post(String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/v1/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void analyzesASeedArticle() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("entente.seeds"), "004_b83d096dacd65f98.txt"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("published", "2025-11-02");
        Jsonb jsonb = JsonbBuilder.create();
        try {
            HttpResponse<String> response = post(jsonb.toJson(body));
            assertEquals(200, response.statusCode(), response.body());
            Map<String, Object> extraction = jsonb.fromJson(response.body(), LinkedHashMap.class);
            List<Map<String, Object>> events = (List<Map<String, Object>>) extraction.get("events");
            assertTrue(events.stream().anyMatch(e -> "REQUEST".equals(e.get("type"))), response.body());
            Map<String, Object> main = (Map<String, Object>) extraction.get("mainEvent");
            assertEquals("CONSULT", main.get("type"));
            List<Map<String, Object>> tags = (List<Map<String, Object>>) extraction.get("tags");
            assertTrue(tags.stream().anyMatch(t -> "country:KOR".equals(t.get("id"))));
        } finally {
            jsonb.close();
        }
    }

    @Test
    void theOpenApiDescriptionCoversEveryPath() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/openapi.yaml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        for (String path : List.of("/v1/analyze:", "/v1/articles/{id}:", "/v1/articles/{id}/tags:",
                "/v1/articles/{id}/tags/{tagId}/decision:", "/v1/articles/{id}/decisions:", "/v1/articles/{id}/related:", "/v1/events:",
                "/v1/status:")) {
            assertTrue(response.body().contains(path), path);
        }
    }

    @Test
    void invalidJsonIsA400Problem() throws Exception {
        HttpResponse<String> response = post("{\"text\": ");
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"status\":400"), response.body());
        assertTrue(response.body().contains("not valid JSON"), response.body());
        assertTrue(!response.body().contains("\tat ") && !response.body().contains(".java:"), "no stack trace: " + response.body());
    }

    @Test
    void missingTextIsA400ProblemNamingTheFields() throws Exception {
        HttpResponse<String> response = post("{\"title\": \"no body\"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Give exactly one of"), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void aBodyOverTwoMebibytesIsA413Problem() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("entente.it.large-bodies-dropped"),
                "GlassFish drops the connection of a request whose body the WAR refuses unread (docs/operations.md)");
        String big = "{\"text\": \"" + "a".repeat(2 * 1024 * 1024 + 10) + "\"}";
        HttpResponse<String> response = post(big);
        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.body().contains("2 MiB"), response.body());
    }
}
