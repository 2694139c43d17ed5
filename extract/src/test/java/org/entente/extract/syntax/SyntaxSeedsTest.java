package org.entente.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.entente.extract.Seeds;
import org.entente.extract.TextFormat;
import org.entente.extract.pipeline.Document;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The phrase and clause layers of the seed articles keep their invariants. */
class SyntaxSeedsTest {
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.of(Knowledge.standard());
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.S000, Seeds.S001, Seeds.S002, Seeds.S003, Seeds.S004})
    void phrasesAndClausesStayInsideTheirSentences(String seed) {
        Document document = extractor.analyse(Seeds.article(seed, null), TextFormat.TEXT);
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        List<Phrases> phrases = document.get(Chunker.PHRASES);
        List<Clause> clauses = document.get(ClauseFinder.CLAUSES);
        assertEquals(sentences.size(), phrases.size());
        assertEquals(sentences.size(), clauses.size());
        int verbGroups = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            boolean[] inNounPhrase = new boolean[s.size()];
            for (NounPhrase p : phrases.get(i).nounPhrases()) {
                assertTrue(p.end() <= s.size(), s.text());
                checkHeads(p);
                for (int k = p.start(); k < p.end(); k++) {
                    assertFalse(inNounPhrase[k], "token " + k + " in two noun phrases: " + s.text());
                    inNounPhrase[k] = true;
                }
            }
            int previousEnd = 0;
            for (VerbGroup g : phrases.get(i).verbGroups()) {
                assertTrue(g.start() >= previousEnd && g.end() <= s.size(), s.text());
                previousEnd = g.end();
                verbGroups++;
            }
            Clause main = clauses.get(i);
            assertEquals(Clause.Kind.MAIN, main.kind());
            assertEquals(0, main.start());
            assertEquals(s.size(), main.end());
            checkNesting(main);
        }
        assertTrue(verbGroups >= sentences.size() / 2, verbGroups + " verb groups in " + sentences.size() + " sentences");
    }

    private static void checkHeads(NounPhrase p) {
        assertTrue(p.contains(p.head()));
        for (NounPhrase part : parts(p)) {
            assertTrue(part.start() >= p.start() && part.end() <= p.end());
            checkHeads(part);
        }
    }

    private static List<NounPhrase> parts(NounPhrase p) {
        List<NounPhrase> parts = new java.util.ArrayList<>(p.conjuncts());
        if (p.possessor() != null) {
            parts.add(p.possessor());
        }
        if (p.apposition() != null) {
            parts.add(p.apposition());
        }
        return parts;
    }

    private static void checkNesting(Clause clause) {
        int previousEnd = clause.start();
        for (Clause child : clause.children()) {
            assertNotNull(child.kind());
            assertTrue(child.start() >= previousEnd && child.end() <= clause.end() && child.start() < child.end());
            assertTrue(child.kind() != Clause.Kind.MAIN);
            previousEnd = child.end();
            checkNesting(child);
        }
        if (clause.verb() >= 0) {
            assertTrue(clause.contains(clause.verb()));
        }
    }
}
