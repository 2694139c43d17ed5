package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.entente.extract.actor.ActorMentionFinder;
import org.entente.extract.event.EventMentionFinder;
import org.entente.extract.event.TriggerFinder;
import org.entente.extract.internal.KnowledgeBase;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Evidence;
import org.entente.model.Extraction;
import org.entente.model.Tag;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What the fuzz tests ({@code *FuzzTest}) share: one extractor, the decoding of the fuzzer's bytes
 * into text, the invariants every extraction must hold, the time bound, and the seed inputs made
 * from the articles in {@code seeds/}.
 *
 * <p>The time bound: one input (extraction, or loading a knowledge file and extracting with it)
 * takes at most {@link #BOUND_BASE_MILLIS} ms plus {@link #BOUND_MICROS_PER_CHAR} µs per character
 * of input. The real cost is about 2 µs per character of news (the benchmark); the bound is wide
 * because the fuzzer's coverage instrumentation slows the code several times and the machine is
 * shared, so that it fails on a superlinear blow-up rather than on a slow moment.
 */
final class Fuzzing {
    /** The fixed part of the time bound of one input. */
    static final long BOUND_BASE_MILLIS = 2_000;
    /** The part of the time bound that grows with the input. */
    static final long BOUND_MICROS_PER_CHAR = 200;
    /** The published date every fuzzed article carries, so that relative dates resolve. */
    static final LocalDate PUBLISHED = LocalDate.of(2025, 11, 2);

    private static Extractor standard;

    private Fuzzing() {
    }

    /** The standard extractor, built once per JVM (a fuzz test class runs in a JVM of its own). */
    static synchronized Extractor standard() {
        if (standard == null) {
            standard = Extractor.standard();
            standard.extract(Article.of("warm-up", "Japan condemned North Korea's missile launch on Monday."));
        }
        return standard;
    }

    /**
     * An extractor with {@code knowledge} that reuses the standard extractor's OpenNLP models, so that
     * a fuzz input does not reload them: the knowledge-bound stages are replaced.
     */
    static Extractor with(Knowledge knowledge) {
        KnowledgeBase base = knowledge.base();
        return Extractor.of(standard().pipeline().toBuilder()
                .replace(ActorMentionFinder.class, old -> new ActorMentionFinder(base))
                .replace(TriggerFinder.class, old -> new TriggerFinder(base.triggers(), base.cues()))
                .replace(EventMentionFinder.class, old -> new EventMentionFinder(base.triggers(), base.cues(), base.discards()))
                .build());
    }

    /**
     * The fuzzer's bytes as text: UTF-8 (malformed bytes become U+FFFD), or, after a leading 0xFE
     * byte, raw UTF-16 code units, two bytes each, so that lone surrogates and every other char
     * reach the extractor too.
     */
    static String text(byte[] data) {
        if (data.length > 0 && data[0] == (byte) 0xFE) {
            StringBuilder out = new StringBuilder(data.length / 2);
            for (int i = 1; i + 1 < data.length; i += 2) {
                out.append((char) (((data[i] & 0xFF) << 8) | (data[i + 1] & 0xFF)));
            }
            return out.toString();
        }
        return new String(data, StandardCharsets.UTF_8);
    }

    /** Runs {@code work} and fails if it took longer than the bound for {@code size} characters of input. */
    static <T> T withinBound(int size, String what, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long micros = (System.nanoTime() - start) / 1_000;
        long bound = BOUND_BASE_MILLIS * 1_000 + BOUND_MICROS_PER_CHAR * size;
        if (micros > bound) {
            fail(what + " of " + size + " characters took " + micros / 1_000 + " ms; the bound is " + bound / 1_000 + " ms");
        }
        return result;
    }

    /** Extracts {@code text} in {@code format} within the time bound and checks the result's invariants. */
    static Extraction extractAndCheck(Extractor extractor, String text, TextFormat format) {
        Article article = Article.of("fuzz", text).withPublished(PUBLISHED);
        Extraction x = withinBound(text.length(), "Extracting " + format, () -> extractor.extract(article, format));
        check(x);
        return x;
    }

    /**
     * The invariants of an extraction beyond those its records check when built: every event has
     * evidence, in text order, that is exactly the cleaned text at its offsets; every event has a
     * source or target (a source the text does not name may be missing); there is a main event
     * exactly when there are events; tags come most relevant first.
     */
    static void check(Extraction x) {
        String text = x.article().text();
        for (Event event : x.events()) {
            assertFalse(event.evidence().isEmpty(), () -> "event without evidence: " + event);
            assertFalse(event.source().isEmpty() && event.target().isEmpty(), () -> "event without actors: " + event);
            int previous = 0;
            for (Evidence evidence : event.evidence()) {
                assertTrue(evidence.end() <= text.length(),
                        () -> "evidence " + evidence + " ends after the text (" + text.length() + " chars)");
                assertEquals(text.substring(evidence.start(), evidence.end()), evidence.text(), "evidence text at its offsets");
                assertTrue(evidence.start() >= previous, () -> "evidence out of text order: " + event.evidence());
                previous = evidence.start();
            }
        }
        if (x.events().isEmpty()) {
            assertNull(x.mainEvent(), "no events, no main event");
        } else {
            assertNotNull(x.mainEvent(), "events have a main event");
        }
        double relevance = Double.MAX_VALUE;
        for (Tag tag : x.tags()) {
            assertTrue(tag.relevance() <= relevance, () -> "tags not most relevant first: " + x.tags());
            relevance = tag.relevance();
        }
    }

    /**
     * Paragraphs of the seed articles in {@code seeds/}, each a seed input of its own: every third
     * of those with 80 characters or more, so that the seeds run in a second or two.
     */
    static List<String> seedParagraphs() {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Seeds.dir())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String paragraph : Files.readString(file).split("\n\\s*\n|\n")) {
                    if (paragraph.strip().length() >= 80) {
                        paragraphs.add(paragraph.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return java.util.stream.IntStream.range(0, paragraphs.size()).filter(i -> i % 3 == 0).mapToObj(paragraphs::get).toList();
    }

    /** A named seed argument for a {@code byte[]} fuzz test. */
    static Arguments seed(String name, String text) {
        return Arguments.of(Named.of(name, text.getBytes(StandardCharsets.UTF_8)));
    }
}
