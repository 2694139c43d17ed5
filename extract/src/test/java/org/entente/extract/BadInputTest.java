package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.entente.model.Article;
import org.entente.model.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile and degenerate input: no exception, no hang. The timeouts are hang guards far above the
 * real cost (see the benchmark for speed), not speed targets.
 */
class BadInputTest {
    /** About six times what 5 MB of news costs on an idle core, so a loaded build machine is no hang. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.standard();
    }

    private static Extraction run(String text, TextFormat format) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> extractor.extract(Article.of("bad", text), format));
    }

    @Test
    void emptyAndBlankTextHaveNoEvents() {
        for (String text : new String[] {"", " ", "\n\n\t  \r\n", "\u00A0\u2003"}) {
            Extraction x = run(text, TextFormat.TEXT);
            assertTrue(x.events().isEmpty() && x.tags().isEmpty() && x.mainEvent() == null);
        }
    }

    @Test
    void fiveMegabytesOfNewsAreProcessed() {
        String seed = Seeds.text(Seeds.S004);
        StringBuilder big = new StringBuilder();
        while (big.length() < 5 * 1024 * 1024) {
            big.append(seed).append('\n');
        }
        Extraction x = run(big.toString(), TextFormat.TEXT);
        assertTrue(x.events().size() >= 10, "the repeated article's events, merged: " + x.events().size());
    }

    @Test
    void binaryGarbageIsHarmless() {
        Random random = new Random(42);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            garbage.append((char) random.nextInt(0xFFFF));
        }
        run(garbage.toString(), TextFormat.TEXT);
        run(garbage.toString(), TextFormat.HTML);
    }

    @Test
    void aSentenceOfTenThousandCommasIsHarmless() {
        Extraction x = run("China met Japan" + ",".repeat(10_000) + " and Korea.", TextFormat.TEXT);
        assertTrue(x.events().size() <= 1);
        run("talks ".repeat(20_000), TextFormat.TEXT);
    }

    @Test
    void deeplyNestedAndBrokenHtmlIsHarmless() {
        String nested = "<div>".repeat(50_000) + "<p>Japan condemned North Korea.</p>" + "</div>".repeat(10);
        Extraction x = run(nested, TextFormat.HTML);
        assertEquals(1, x.events().size());
        run("<html><body><p>Japan <b>condemned <i>North</b> Korea</p><script>alert(1)", TextFormat.HTML);
        run("<<<>>><p <p <<div>></", TextFormat.HTML);
    }

    @Test
    void nonEnglishTextCodesNothing() {
        run("Der Bundeskanzler traf gestern den französischen Präsidenten in Paris. 中国外交部发言人表示反对。", TextFormat.TEXT);
        assertTrue(run("Le président a rencontré son homologue allemand.", TextFormat.TEXT).events().isEmpty());
    }

    @Test
    void textOverTheLimitIsRejectedClearly() {
        String huge = "x".repeat(Extractor.MAX_TEXT_LENGTH + 1);
        var error = assertThrows(IllegalArgumentException.class, () -> extractor.extract(Article.of("huge", huge)));
        assertEquals("Article huge has 16777217 characters; the limit is 16777216", error.getMessage());
    }
}
