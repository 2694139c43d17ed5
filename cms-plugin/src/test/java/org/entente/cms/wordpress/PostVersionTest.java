package org.entente.cms.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.entente.cms.wordpress.WordPressClient.Post;
import org.junit.jupiter.api.Test;

/** What makes the poller sync a listed post again: its content, not its second-precision modified time. */
class PostVersionTest {
    private static final Instant SAVED = Instant.parse("2025-11-01T09:30:00Z");

    private static Post seed(String text, List<Long> tags) {
        return new Post(7, "publish", SAVED, "Lee and Xi meet in Gyeongju", text, "https://news.example/7",
                SAVED, tags);
    }

    private static String seedText() throws Exception {
        return Files.readString(Path.of("../seeds/000_230807f11d7aeb32.txt"));
    }

    @Test
    void twoSavesInOneSecondDifferWhenTheTextDiffers() throws Exception {
        Post first = seed(seedText(), List.of(3L, 5L));
        Post second = seed(seedText() + "\n\nOfficials said the two leaders would meet again.", List.of(3L, 5L));
        assertEquals(first.modified(), second.modified());
        assertNotEquals(first.version(), second.version());
    }

    @Test
    void aChangedTitleOrTagOrStatusIsANewVersion() throws Exception {
        Post post = seed(seedText(), List.of(3L, 5L));
        Post retitled = new Post(7, "publish", SAVED, "Edited", post.content(), post.link(), SAVED, post.tags());
        Post drafted = new Post(7, "draft", SAVED, post.title(), post.content(), post.link(), SAVED, post.tags());
        assertNotEquals(post.version(), retitled.version());
        assertNotEquals(post.version(), drafted.version());
        assertNotEquals(post.version(), post.withTags(List.of(3L)).version());
    }

    @Test
    void theOrderOfTagsAndTheModifiedTimeDoNotMatter() throws Exception {
        Post post = seed(seedText(), List.of(3L, 5L));
        Post later = new Post(7, "publish", SAVED.plusSeconds(60), post.title(), post.content(), post.link(), SAVED, List.of(5L, 3L));
        assertEquals(post.version(), later.version());
        assertEquals(post.version(), seed(seedText(), List.of(3L, 5L)).version());
    }

    @Test
    void partsDoNotRunIntoEachOther() throws Exception {
        Post a = new Post(7, "publish", SAVED, "Seoul", "talks", null, SAVED, List.of());
        Post b = new Post(7, "publish", SAVED, "Seoult", "alks", null, SAVED, List.of());
        assertNotEquals(a.version(), b.version());
    }
}
