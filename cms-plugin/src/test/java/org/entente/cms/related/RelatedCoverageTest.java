package org.entente.cms.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Related coverage over the profiles of the five seeds, as the extractor codes them, and stories about other events. */
class RelatedCoverageTest {
    /** Stories written for this test, each sharing an actor with the seeds but not their event. */
    private static final Map<String, String> UNRELATED = Map.of(
            "other-whaling", "Japan and South Korea met in Osaka on Thursday to discuss whaling quotas. "
                    + "Both delegations agreed to meet again in the spring.",
            "other-rice", "China and Vietnam signed a rice export deal in Hanoi on Friday, the trade ministry said.",
            "other-drill", "North Korea criticised a naval drill by the United States near its coast on Sunday.");
    private static final List<StoryProfile> PROFILES = new ArrayList<>();

    @BeforeAll
    static void analyse() throws Exception {
        Map<String, LocalDate> seeds = new LinkedHashMap<>(); // null: the article prints its own date
        seeds.put("000", LocalDate.parse("2025-10-30"));
        seeds.put("001", null);
        seeds.put("002", LocalDate.parse("2025-11-02"));
        seeds.put("003", LocalDate.parse("2026-01-05"));
        seeds.put("004", LocalDate.parse("2025-11-02"));
        Extractor extractor = Extractor.standard();
        for (Map.Entry<String, LocalDate> seed : seeds.entrySet()) {
            PROFILES.add(StoryProfile.of("seed-" + seed.getKey(), extractor.extract(
                    new Article("seed-" + seed.getKey(), null, seed(seed.getKey()), null, seed.getValue(), null), TextFormat.TEXT)));
        }
        for (Map.Entry<String, String> story : UNRELATED.entrySet()) {
            PROFILES.add(StoryProfile.of(story.getKey(), extractor.extract(
                    new Article(story.getKey(), null, story.getValue(), null, LocalDate.parse("2025-11-04"), null), TextFormat.TEXT)));
        }
    }

    private static String seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("entente.seeds")))) {
            return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow());
        }
    }

    private static ProfileTable table() {
        ProfileTable table = new ProfileTable();
        PROFILES.forEach(table::add);
        return table;
    }

    private static List<Related> related(ProfileTable table, String id) {
        return RelatedCoverage.rank(table, table.slot(id), 100);
    }

    @Test
    void theSameSummitRanksAboveTheFollowUpWhichRanksAboveOtherEvents() {
        ProfileTable table = table();
        for (String seed : List.of("000", "001", "002", "004")) {
            List<String> order = related(table, "seed-" + seed).stream().map(Related::storyId).toList();
            int followUp = order.indexOf("seed-003");
            assertTrue(followUp >= 0, seed + ": " + order);
            for (String other : List.of("000", "001", "002", "004")) {
                if (!other.equals(seed)) {
                    int position = order.indexOf("seed-" + other);
                    assertTrue(position >= 0 && position < followUp, seed + ": seed-" + other + " above seed-003 in " + order);
                }
            }
            for (String other : UNRELATED.keySet()) {
                int position = order.indexOf(other);
                assertTrue(position < 0 || position > followUp, seed + ": seed-003 above " + other + " in " + order);
            }
            assertFalse(order.contains("seed-" + seed), "not related to itself");
        }
    }

    @Test
    void theBestMatchSaysWhy() {
        ProfileTable table = table();
        Related best = related(table, "seed-000").get(0);
        assertTrue(best.reasons().stream().anyMatch(r -> r.startsWith("same event (") && r.contains("CHN-KOR")), best.toString());
        assertTrue(best.reasons().stream().anyMatch(r -> r.startsWith("shared actors: ") && r.contains("country:KOR")), best.toString());
        assertTrue(best.reasons().stream().anyMatch(r -> r.startsWith("text similarity ")), best.toString());
        Related followUp = related(table, "seed-000").stream().filter(r -> r.storyId().equals("seed-003")).findFirst().orElseThrow();
        assertTrue(followUp.score() < best.score(), followUp + " vs " + best);
    }

    @Test
    void removedStoriesLeaveTheRankingAsItWasAlsoAfterCompaction() {
        ProfileTable table = table();
        List<Related> before = related(table, "seed-002");
        for (int i = 0; i < 3000; i++) { // copies of a seed, each a close match, then all removed
            StoryProfile copy = PROFILES.get(0);
            table.add(new StoryProfile("copy-" + i, copy.title(), copy.published(), copy.mainEvent(), copy.actorTags(), copy.terms()));
        }
        assertEquals("copy-", related(table, "seed-002").get(0).storyId().substring(0, 5));
        for (int i = 0; i < 3000; i++) {
            table.remove("copy-" + i);
        }
        assertEquals(before, related(table, "seed-002"));
        table.compactIfSparse(); // 3,008 slots used, 8 live: renumbered
        assertEquals(PROFILES.size(), table.size());
        assertEquals(before, related(table, "seed-002"));
        assertEquals(-1, table.slot("copy-7"));
    }

    /**
     * 30,000 variants of the profiles above, with other countries and dates, as a newsroom's archive
     * of one story told many times: the actors every variant keeps (Xi Jinping, Lee Jae Myung) become
     * common tags.
     */
    private static ProfileTable variants(int count) {
        String[] countries = {"USA", "JPN", "FRA", "DEU", "GBR", "BRA", "IND", "RUS", "VNM", "AUS", "MEX", "TUR"};
        Random random = new Random(42);
        ProfileTable table = new ProfileTable();
        for (int i = 0; i < count; i++) {
            StoryProfile base = PROFILES.get(i % PROFILES.size());
            String a = countries[random.nextInt(countries.length)];
            String b = countries[random.nextInt(countries.length)];
            Set<String> tags = new HashSet<>();
            for (String tag : base.actorTags()) {
                tags.add(tag.replace("KOR", a).replace("CHN", b).intern());
            }
            StoryProfile.MainEvent main = base.mainEvent();
            if (main != null) {
                main = new StoryProfile.MainEvent(main.type(), main.participants().replace("KOR", a).replace("CHN", b),
                        main.date() == null ? null : main.date().plusDays(random.nextInt(60)), main.placeCountry());
            }
            table.add(new StoryProfile("variant-" + i, base.title(), LocalDate.of(2025, 9, 1).plusDays(random.nextInt(120)),
                    main, tags, base.terms()));
        }
        return table;
    }

    @Test
    void skippingStoriesThatShareOnlyCommonTagsChangesNoRanking() {
        ProfileTable table = variants(30_000);
        int pruned = 0;
        for (int i = 0; i < 300; i += 7) {
            int self = table.slot("variant-" + i);
            assertEquals(RelatedCoverage.rank(table, self, 10, false), RelatedCoverage.rank(table, self, 10, true), "variant-" + i);
            pruned += table.commonTags(self) > 0 ? 1 : 0;
        }
        assertTrue(pruned > 20, pruned + " stories with common tags");
    }

    @Test
    void aStoryChangedInPlaceIsScoredOnItsNewProfile() {
        ProfileTable table = table();
        StoryProfile other = PROFILES.stream().filter(p -> p.id().equals("other-rice")).findFirst().orElseThrow();
        StoryProfile summit = PROFILES.get(0);
        table.remove("other-rice"); // re-analysed: now a copy of the summit report under its id
        table.add(new StoryProfile(other.id(), other.title(), summit.published(), summit.mainEvent(), summit.actorTags(), summit.terms()));
        assertEquals("other-rice", related(table, "seed-000").get(0).storyId());
    }
}
