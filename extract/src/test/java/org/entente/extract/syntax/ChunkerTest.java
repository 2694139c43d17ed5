package org.entente.extract.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.entente.extract.syntax.VerbGroup.Tense;
import org.entente.extract.syntax.VerbGroup.Voice;
import org.junit.jupiter.api.Test;

/** Noun phrases and verb groups read from tagged sentences. */
class ChunkerTest {

    @Test
    void aModalNegatedPerfectPassiveIsOneVerbGroup() {
        SyntaxFixture x = SyntaxFixture.read("The frigates would not have been deployed without a treaty.");
        VerbGroup g = x.group("deployed");
        assertEquals("would not have been deployed", x.text(g.start(), g.end()));
        assertEquals(Voice.PASSIVE, g.voice());
        assertTrue(g.negated());
        assertEquals("would", g.modal());
        assertTrue(g.perfect());
        assertEquals(Tense.NONE, g.tense());
    }

    @Test
    void theFirstWordOfAGroupMarksItsTense() {
        SyntaxFixture x = SyntaxFixture.read("The envoys met on Tuesday and will meet again, the ministry says, hoping to settle it.");
        assertEquals(Tense.PAST, x.group("met").tense());
        assertEquals(Tense.FUTURE, x.phrases().verbGroupAt(x.at("will")).tense());
        assertEquals(Tense.PRESENT, x.group("says").tense());
        assertEquals(Tense.NONE, x.group("settle").tense());
        assertEquals(Voice.ACTIVE, x.group("met").voice());
    }

    @Test
    void aContractedNegationNegatesItsGroup() {
        VerbGroup g = SyntaxFixture.read("Officials won't attend the summit.").group("attend");
        assertTrue(g.negated());
        assertEquals("will", g.modal());
        assertEquals(Tense.FUTURE, g.tense());
    }

    @Test
    void beWithAnIngVerbIsProgressiveNotPassive() {
        VerbGroup g = SyntaxFixture.read("Navies were patrolling the strait.").group("patrolling");
        assertTrue(g.progressive());
        assertEquals(Voice.ACTIVE, g.voice());
        assertEquals(Tense.PAST, g.tense());
    }

    @Test
    void aPossessorOwnsTheCompoundAfterIt() {
        SyntaxFixture x = SyntaxFixture.read("Japan's defence ministry protested.");
        NounPhrase p = x.nounPhrase("ministry");
        assertEquals("Japan's defence ministry", x.text(p.start(), p.end()));
        assertEquals("ministry", x.word(p.head()));
        assertEquals("Japan", x.word(p.possessor().head()));
        assertTrue(p.modifiers().contains(x.at("defence")));
    }

    @Test
    void aPossessivePronounIsThePossessor() {
        SyntaxFixture x = SyntaxFixture.read("Their ambassadors left.");
        assertEquals("Their", x.word(x.nounPhrase("ambassadors").possessor().head()));
    }

    @Test
    void aNameAfterACommaRenamesTheTitle() {
        SyntaxFixture x = SyntaxFixture.read("Peru's foreign minister, Ana Torres, visited Quito.");
        NounPhrase p = x.nounPhrase("minister");
        assertEquals("minister", x.word(p.head()));
        assertEquals("Peru", x.word(p.possessor().head()));
        assertEquals("Ana Torres", x.text(p.apposition().start(), p.apposition().end()));
        assertNull(x.phrases().nounPhraseAt(x.at("visited")));
    }

    @Test
    void commasAndAFinalAndMakeAList() {
        SyntaxFixture x = SyntaxFixture.read("Chile, Bolivia and Peru signed the accord.");
        NounPhrase p = x.nounPhrase("Bolivia");
        assertTrue(p.isList());
        assertEquals(List.of("Chile", "Bolivia", "Peru"), p.heads().stream().map(x::word).toList());
        assertEquals("Chile", x.word(p.head()));
    }

    @Test
    void aCommaAndBeforeANewSubjectJoinsClausesNotNouns() {
        SyntaxFixture x = SyntaxFixture.read("Chile sent envoys, and Peru protested.");
        assertFalse(x.phrases().nounPhrases().stream().anyMatch(NounPhrase::isList), x.phrases().toString());
    }
}
