package org.entente.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parts of speech and lemmas from OpenNLP's English UD models, and the rules read over them. */
class PartOfSpeechTaggerTest {
    private static PartOfSpeechTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new PartOfSpeechTagger();
    }

    private static Sentence tagged(String text, boolean heading) {
        Sentence raw = new Sentence(0, 0, text.length(), text, new Tokenizer().tokenize(text, 0), 0, heading);
        return tagger.tag(List.of(raw)).get(0);
    }

    private static Token token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow();
    }

    @Test
    void irregularVerbsAndPluralsGetTheirLemmas() {
        Sentence s = tagged("Thai jets struck Cambodian positions after the ministries withdrew their envoys.", false);
        assertEquals("VERB", token(s, "struck").tag());
        assertEquals("strike", token(s, "struck").lemma());
        assertEquals("withdraw", token(s, "withdrew").lemma());
        assertEquals("ministry", token(s, "ministries").lemma());
        assertEquals("jet", token(s, "jets").lemma());
    }

    @Test
    void aNounInsideANounPhraseCannotBeAVerbButAPresentTenseVerbCan() {
        Sentence s = tagged("The attacks stopped after Beijing views Seoul as a partner.", false);
        assertFalse(s.mayBeVerb(1), "the attacks");
        assertTrue(s.mayBeVerb(5), "views, whatever the tagger says");
        assertTrue(s.mayBeNoun(1));
    }

    @Test
    void aTitleCaseHeadlineIsTaggedAsText() {
        Sentence s = tagged("Thailand Strikes Cambodian Positions Near Disputed Temple", true);
        assertEquals("strike", token(s, "Strikes").lemma());
        assertTrue(Set.of("VERB", "NOUN").contains(token(s, "Strikes").tag()));
    }

    @Test
    void inflectionsCoverRegularSpellingRules() {
        assertTrue(Inflections.of("summon").containsAll(Set.of("summons", "summoned", "summoning")));
        assertTrue(Inflections.of("ban").containsAll(Set.of("bans", "banned", "banning")));
        assertTrue(Inflections.of("seize").containsAll(Set.of("seizes", "seized", "seizing")));
        assertTrue(Inflections.of("ally").containsAll(Set.of("allies", "allied", "allying")));
        assertTrue(Inflections.of("push").containsAll(Set.of("pushes", "pushed", "pushing")));
        assertFalse(Inflections.of("strike").contains("struck"), "irregular forms are the lexicon's to list");
    }

    @Test
    void theModelIsReadWithTheChosenBeam() throws Exception {
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream(PartOfSpeechTagger.POS_MODEL)) {
            opennlp.tools.postag.POSModel model = new opennlp.tools.postag.POSModel(PartOfSpeechTagger.withBeamSize(in, 1));
            assertEquals("1", model.getManifestProperty(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER));
            String[] tags = new opennlp.tools.postag.POSTaggerME(model, opennlp.tools.postag.POSTagFormat.UD)
                    .tag(new String[] {"Thai", "jets", "struck", "Cambodian", "positions", "."});
            assertEquals(List.of("ADJ", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"), List.of(tags), "greedy decoding still tags");
        }
    }
}
