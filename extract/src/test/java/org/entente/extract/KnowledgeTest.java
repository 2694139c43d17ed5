package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.plover.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Users extend the knowledge with files, without recompiling. */
class KnowledgeTest {

    @Test
    void aDirectoryAddsPeopleCompaniesAndTriggers(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people.tsv"), "# a fictional envoy\nOla Brenn\t\tNOR\tGOV\tenvoy\t2020-01-01\t\t\n");
        Files.writeString(dir.resolve("companies.tsv"), "Fjordline Energy\tFjordline\tNOR\tenergy\n");
        Files.writeString(dir.resolve("events.tsv"), "cold-shouldered\t\tV\tREJECT\t\t120\t\t\n");
        Extractor extractor = Extractor.of(Knowledge.standard().withDirectory(dir));
        Article article = Article.of("t", "Ola Brenn cold-shouldered Sweden. Denmark sanctioned Fjordline.");
        var events = extractor.extract(article).events();
        Event snub = events.stream().filter(e -> e.type() == EventType.REJECT).findFirst().orElseThrow();
        assertEquals("NORGOV", snub.source().get(0).code());
        Event sanction = events.stream().filter(e -> e.type() == EventType.SANCTION).findFirst().orElseThrow();
        assertEquals("Fjordline Energy", sanction.target().get(0).name());
        assertTrue(Extractor.standard().extract(article).events().stream().noneMatch(e -> e.type() == EventType.REJECT),
                "the standard knowledge does not know the new trigger");
    }

    @Test
    void malformedFilesFailWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("places.tsv"), "# header\nAtlantis\tGRC\n");
        var error = assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withDirectory(dir));
        assertEquals(dir.resolve("places.tsv") + " line 2: expected 5 tab-separated columns, found 2", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withDirectory(dir.resolve("missing")));
        Files.writeString(dir.resolve("places.tsv"), "# header\nAtlantis\t\tXXX\t\t\n");
        assertEquals(dir.resolve("places.tsv") + " line 2: Unknown country code 'XXX' (expected ISO 3166-1 alpha-3, e.g. KOR)",
                assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withDirectory(dir)).getMessage());
    }

    @Test
    void badValuesFailAtLoadWithFileAndLineNotDuringExtraction(@TempDir Path dir) throws IOException {
        // Found by KnowledgeFilesFuzzTest: this row loaded, then every article naming Konya failed
        // inside extraction with "lon must be between -180.0 and 180.0".
        Files.writeString(dir.resolve("places.tsv"), "Konya\t\tTUR\t37.7\t832.48\n");
        assertEquals(dir.resolve("places.tsv") + " line 1: lon must be between -180.0 and 180.0, was 832.48",
                assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withDirectory(dir)).getMessage());
        Files.delete(dir.resolve("places.tsv"));
        Files.writeString(dir.resolve("companies.tsv"), "\tAlias\tKOR\tsteel\n");
        assertEquals(dir.resolve("companies.tsv") + " line 1: the first column is empty",
                assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withDirectory(dir)).getMessage());
    }

    @Test
    void aFileThatIsNotUtf8FailsWithFileAndLine(@TempDir Path dir) throws IOException {
        // Found by KnowledgeFilesFuzzTest: this was an UncheckedIOException saying "Input length = 1".
        Files.write(dir.resolve("groups.tsv"), new byte[] {'#', '\n', 'a', '\t', 'G', 'O', 'V', '\t', 'a', '\n', (byte) 0xC3, '\n'});
        assertEquals(dir.resolve("groups.tsv") + " line 3: not UTF-8 text",
                assertThrows(IllegalArgumentException.class, () -> Knowledge.standard().withDirectory(dir)).getMessage());
    }
}
