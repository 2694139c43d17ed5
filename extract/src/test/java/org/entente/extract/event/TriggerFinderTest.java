package org.entente.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.extract.pipeline.Document;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The trigger stage, on sentences written for this test: one list of triggers per sentence. */
class TriggerFinderTest {
    private static Extractor extractor;

    @BeforeAll
    static void build() {
        extractor = Extractor.standard();
    }

    @Test
    void aSummonedAmbassadorIsOneTriggerLicensedByItsObject() {
        Document document = extractor.analyse(
                Article.of("test", "Ghana summoned Togo's ambassador on Monday. The weather was mild."), TextFormat.TEXT);
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        List<List<TriggerMatch>> triggers = document.get(TriggerFinder.TRIGGERS);
        assertEquals(sentences.size(), triggers.size(), "one list per sentence");
        assertEquals(2, triggers.size());
        Sentence first = sentences.get(0);
        assertEquals(1, triggers.get(0).size(), triggers.get(0).toString());
        TriggerMatch summoned = triggers.get(0).get(0);
        assertEquals("summoned", first.token(summoned.start()).text());
        assertEquals(summoned.start() + 1, summoned.formEnd());
        assertEquals("ambassador", first.token(summoned.object()).text());
        assertEquals("110", summoned.trigger().cameo());
        assertFalse(summoned.pattern());
        assertTrue(triggers.get(1).isEmpty(), triggers.get(1).toString());
    }
}
