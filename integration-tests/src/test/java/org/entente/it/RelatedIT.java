package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Related coverage and the event query over the five seeds and three unrelated stories. */
class RelatedIT extends PluginIT {
    private static final Jsonb JSONB = Api.JSONB;
    /** Seed, publication date (null: the article prints its own). */
    private static final Map<String, String> SEEDS = new LinkedHashMap<>();
    /** Stories written for this test about other events, each sharing an actor with the seeds. */
    private static final Map<String, String> UNRELATED = Map.of(
            "unrelated-fisheries", "South Korea and Japan held talks on fisheries in Tokyo on Tuesday. "
                    + "The two countries agreed to share catch data.",
            "unrelated-soybeans", "China and Brazil signed a soybean trade agreement in Brasilia on Monday, officials said.",
            "unrelated-sanctions", "The United States imposed sanctions on Iran over its missile program on Wednesday.");

    static {
        SEEDS.put("000_230807f11d7aeb32.txt", "2025-10-30");
        SEEDS.put("001_3ce1a2791a1fd1d1.txt", null);
        SEEDS.put("002_35991112ca5a179f.txt", "2025-11-02");
        SEEDS.put("003_30cd820a0dcd357c.txt", "2026-01-05");
        SEEDS.put("004_b83d096dacd65f98.txt", "2025-11-02");
    }


    private static String id(String seed) {
        return "seed-" + seed.substring(0, 3);
    }

    @BeforeEach
    void storeStories() throws Exception {
        for (Map.Entry<String, String> seed : SEEDS.entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", Files.readString(Path.of(System.getProperty("entente.seeds"), seed.getKey())));
            body.put("published", seed.getValue());
            int status = send("PUT", "articles/" + id(seed.getKey()), body).statusCode();
            assertTrue(status == 200 || status == 201, "PUT " + seed.getKey() + ": " + status);
        }
        for (Map.Entry<String, String> story : UNRELATED.entrySet()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", story.getValue());
            body.put("published", "2025-11-04");
            send("PUT", "articles/" + story.getKey(), body);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSameSummitRanksAboveTheFollowUpWhichRanksAboveUnrelatedEvents() throws Exception {
        for (String seed : List.of("000", "001", "002", "004")) {
            HttpResponse<String> response = send("GET", "articles/seed-" + seed + "/related?limit=100", null);
            assertEquals(200, response.statusCode(), response.body());
            List<Map<String, Object>> related = JSONB.fromJson(response.body(), List.class);
            // The server's database is shared with the other tests, whose copies of the seeds rank
            // among these: compare this test's stories with each other.
            List<String> order = related.stream().map(r -> (String) r.get("storyId"))
                    .filter(id -> id.startsWith("seed-") || UNRELATED.containsKey(id)).toList();
            int followUp = order.indexOf("seed-003");
            assertTrue(followUp >= 0, seed + ": " + order);
            for (String other : List.of("000", "001", "002", "004")) {
                if (!other.equals(seed)) {
                    int position = order.indexOf("seed-" + other);
                    assertTrue(position >= 0 && position < followUp, seed + ": seed-" + other + " above seed-003 in " + related);
                }
            }
            for (String unrelated : UNRELATED.keySet()) {
                int position = order.indexOf(unrelated);
                assertTrue(position < 0 || position > followUp, seed + ": seed-003 above " + unrelated + " in " + related);
            }
            Map<String, Object> best = related.get(0);
            assertTrue(((List<String>) best.get("reasons")).stream().anyMatch(r -> r.startsWith("same event")), best.toString());
        }
        assertEquals(404, send("GET", "articles/nobody/related", null).statusCode());
        assertEquals(400, send("GET", "articles/seed-000/related?limit=0", null).statusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void eventsAreQueriedByActorTypeAndDate() throws Exception {
        HttpResponse<String> response = send("GET", "events?actor=KOR&type=CONSULT&from=2025-11-01&to=2025-11-01", null);
        assertEquals(200, response.statusCode(), response.body());
        List<Map<String, Object>> events = JSONB.fromJson(response.body(), List.class);
        assertTrue(events.stream().anyMatch(e -> "seed-000".equals(e.get("storyId"))), response.body());
        assertTrue(events.stream().allMatch(e -> "CONSULT".equals(e.get("type")) && "2025-11-01".equals(e.get("date"))
                && ((List<String>) e.get("participants")).contains("KOR")), response.body());
        assertEquals(400, send("GET", "events?type=GREET", null).statusCode());
        assertEquals(400, send("GET", "events?from=yesterday", null).statusCode());
        assertEquals(400, send("GET", "events?actor=ZZZ", null).statusCode());
        assertEquals(400, send("GET", "events?limit=5000", null).statusCode());
    }
}
