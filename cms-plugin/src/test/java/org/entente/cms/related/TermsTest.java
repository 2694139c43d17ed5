package org.entente.cms.related;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TermsTest {
    private static Terms seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("entente.seeds")))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Terms.of(Files.readString(file));
        }
    }

    @Test
    void storedFormReadsBackToTheSameVector() throws Exception {
        Terms summit = seed("004");
        Terms back = Terms.decode(summit.encode());
        assertEquals(summit.encode(), back.encode());
        assertEquals(1.0, back.cosine(summit), 1e-9);
        assertTrue(summit.encode().split(" ").length <= 2 * Terms.SIZE, "at most " + Terms.SIZE + " words");
    }

    @Test
    void storiesOfOneSummitAreCloserThanAStoryOfSomethingElse() throws Exception {
        // 000 and 002 report the Lee-Xi summit in Gyeongju; the other text is about a harbour strike.
        Terms strike = Terms.of("Dock workers in the northern harbour walked out on Tuesday, and the strike left "
                + "container ships waiting offshore while the union and the port authority argued over wages and shifts. "
                + "The port authority said talks with the union would resume once the ships were unloaded.");
        Terms a = seed("000");
        double summit = a.cosine(seed("002"));
        assertTrue(summit > 0.3 && summit > 3 * a.cosine(strike), summit + " vs " + a.cosine(strike));
    }

    @Test
    void textWithoutWordsIsTheEmptyVector() {
        assertEquals("", Terms.of("a 1 2 3 -- ok").encode());
        assertEquals(0, Terms.of("").cosine(Terms.of("summit talks")));
        assertEquals("", Terms.decode(null).encode());
        assertEquals(0, Terms.of("x".repeat(41) + " " + "y".repeat(41)).cosine(Terms.of("x".repeat(41))), "overlong words are dropped");
    }
}
