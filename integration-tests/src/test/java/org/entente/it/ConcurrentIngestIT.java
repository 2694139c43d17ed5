package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost under concurrent writes: 1,000 requests in flight 100 at a time, in a seeded random
 * order, over 100 stories (each PUT six times in three versions, so most are repeats or
 * re-analyses, and given four tag decisions, each made twice), leave exactly 100 stories with every
 * decision in force, no tag twice, and no ERROR in the server's log.
 */
class ConcurrentIngestIT extends PluginIT {
    private static final int STORIES = 100;
    private static final int VERSIONS = 3;
    private static final int CLIENTS = 100;
    private static final long SEED = 12;
    private static final List<String> SEEDS = List.of("000_230807f11d7aeb32.txt", "001_3ce1a2791a1fd1d1.txt",
            "002_35991112ca5a179f.txt", "003_30cd820a0dcd357c.txt", "004_b83d096dacd65f98.txt");

    private static String id(int story) {
        return String.format("ingest-%03d", story);
    }

    /** Story {@code story} in version {@code version}: a seed with a line of its own, so every story and version differs. */
    private static Map<String, Object> body(List<String> seeds, int story, int version) {
        return Api.story(seeds.get(story % seeds.size()) + "\n\nFiled as story " + story + ", revision " + version + ".", "2025-11-02");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(HttpResponse<String> response) {
        return Api.JSONB.fromJson(response.body(), List.class);
    }

    /** The country tags every version of each seed has, from the analysis alone (nothing stored). */
    @SuppressWarnings("unchecked")
    private List<List<String>> countriesInEveryVersion(List<String> seeds) throws Exception {
        List<List<String>> tags = new ArrayList<>();
        for (int seed = 0; seed < seeds.size(); seed++) {
            Set<String> common = null;
            for (int version = 0; version <= VERSIONS; version++) {
                HttpResponse<String> analysis = send("POST", "analyze", body(seeds, seed, version));
                assertEquals(200, analysis.statusCode(), analysis.body());
                List<Map<String, Object>> found = (List<Map<String, Object>>) Api.JSONB.fromJson(analysis.body(), Map.class).get("tags");
                Set<String> countries = new HashSet<>(found.stream().map(t -> (String) t.get("id")).filter(t -> t.startsWith("country:"))
                        .toList());
                if (common == null) {
                    common = countries;
                } else {
                    common.retainAll(countries);
                }
            }
            List<String> sorted = new ArrayList<>(common);
            Collections.sort(sorted);
            assertTrue(sorted.size() >= 2, "seed " + seed + " has two countries in every version: " + sorted);
            tags.add(sorted.subList(0, 2));
        }
        return tags;
    }

    /**
     * The hundred stories go when the test is done: the database is shared with the tests that run
     * after it, whose related coverage would otherwise rank twenty copies of each seed.
     */
    @AfterEach
    void deleteTheStories() throws Exception {
        for (int story = 0; story < STORIES; story++) {
            int status = send("DELETE", "articles/" + id(story), null).statusCode();
            assertTrue(status == 204 || status == 404, "DELETE " + id(story) + ": " + status);
        }
    }

    @Test
    void aThousandConcurrentIngestsLeaveExactlyAHundredStoriesWithEveryDecision() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (String name : SEEDS) {
            seeds.add(Api.seed(name));
        }
        List<List<String>> decided = countriesInEveryVersion(seeds); // per seed: the tag rejected, the tag accepted
        for (int story = 0; story < STORIES; story++) {
            int status = send("DELETE", "articles/" + id(story), null).statusCode(); // a rerun against the same database
            assertTrue(status == 204 || status == 404, "DELETE " + id(story) + ": " + status);
        }
        ServerLog log = ServerLog.mark();

        record Call(String method, String path, Object body) {
        }
        List<Call> calls = new ArrayList<>();
        for (int story = 0; story < STORIES; story++) {
            for (int version = 0; version < VERSIONS; version++) {
                for (int copy = 0; copy < 2; copy++) {
                    calls.add(new Call("PUT", "articles/" + id(story), body(seeds, story, version)));
                }
            }
            List<String> tags = decided.get(story % seeds.size());
            for (int copy = 0; copy < 2; copy++) {
                calls.add(new Call("POST", "articles/" + id(story) + "/decisions", Map.of("tag", tags.get(0), "decision", "reject")));
                calls.add(new Call("POST", "articles/" + id(story) + "/decisions", Map.of("tag", tags.get(1), "decision", "accept")));
            }
        }
        assertEquals(1_000, calls.size());
        Collections.shuffle(calls, new Random(SEED));

        Api api = api();
        AtomicInteger created = new AtomicInteger();
        AtomicInteger early = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Call call : calls) {
                answers.add(pool.submit(() -> {
                    for (long deadline = System.nanoTime() + 60_000_000_000L; ; ) {
                        HttpResponse<String> response = call.method().equals("PUT") ? api.send("PUT", call.path(), call.body())
                                : api.sendAs(Api.EDITOR, "POST", call.path(), call.body());
                        if (response.statusCode() == 404 && call.method().equals("POST") && System.nanoTime() < deadline) {
                            early.incrementAndGet(); // the story's first PUT is still under way: an editor sees it later
                            Thread.sleep(50);
                            continue;
                        }
                        if (response.statusCode() == 201) {
                            created.incrementAndGet();
                        }
                        return response.statusCode() == 200 || response.statusCode() == 201 ? null
                                : call.method() + " " + call.path() + " " + call.body() + ": " + response.statusCode() + " " + response.body();
                    }
                }));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> answer : answers) {
                if (answer.get() != null) {
                    failures.add(answer.get());
                }
            }
            assertEquals(List.of(), failures.stream().limit(5).toList(), failures.size() + " of 1,000 calls failed");
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("ConcurrentIngestIT: 1,000 calls (%d decisions retried while their story was not yet stored) in %.1f s%n",
                early.get(), (System.nanoTime() - started) / 1e9);
        assertEquals(STORIES, created.get(), "each story created exactly once (201), every other PUT an update or a repeat (200)");

        // Every decision in force, and kept through one more analysis of every story.
        for (int round = 0; round < 2; round++) {
            for (int n = 0; n < STORIES; n++) {
                int story = n;
                if (round == 1) {
                    HttpResponse<String> edited = api.send("PUT", "articles/" + id(story), body(seeds, story, VERSIONS));
                    assertEquals(200, edited.statusCode(), edited.body());
                }
                HttpResponse<String> tags = send("GET", "articles/" + id(story) + "/tags", null);
                assertEquals(200, tags.statusCode(), tags.body());
                List<String> ids = list(tags).stream().map(t -> (String) t.get("id")).toList();
                assertEquals(new HashSet<>(ids).size(), ids.size(), id(story) + ": no tag twice " + ids);
                List<String> decision = decided.get(story % seeds.size());
                assertFalse(ids.contains(decision.get(0)), id(story) + ": rejected " + decision.get(0) + " stays out " + ids);
                Map<String, Object> accepted = list(tags).stream().filter(t -> decision.get(1).equals(t.get("id"))).findFirst()
                        .orElseThrow(() -> new AssertionError(id(story) + ": accepted " + decision.get(1) + " is missing: " + ids));
                assertEquals("ACCEPTED", accepted.get("status"), id(story) + " " + decision.get(1));
            }
        }
        // Exactly the hundred: the panel's index lists each once and no other with the prefix.
        String index = api.page("panel/").body();
        Map<String, Integer> listed = new LinkedHashMap<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/panel/(ingest-\\d+)\"").matcher(index);
        while (link.find()) {
            listed.merge(link.group(1), 1, Integer::sum);
        }
        assertEquals(STORIES, listed.size(), "stories listed: " + listed.keySet());
        assertTrue(listed.values().stream().allMatch(n -> n == 1), "each once: " + listed);
        log.assertNoErrors("1,000 concurrent ingests and decisions");
    }
}
