package org.entente.extract.syntax;

import java.util.List;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.entente.extract.TextFormat;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Pipeline;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.model.Article;

/** One sentence read by the standard pipeline, with its phrases and clauses, for the syntax tests. */
record SyntaxFixture(Sentence sentence, Phrases phrases, Clause clause) {
    private static final Pipeline PIPELINE = Extractor.standardPipeline(Knowledge.standard());

    static SyntaxFixture read(String text) {
        Document document = PIPELINE.apply(Document.of(Article.of("test", text), false));
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        return new SyntaxFixture(sentences.get(0), document.get(Chunker.PHRASES).get(0),
                document.get(ClauseFinder.CLAUSES).get(0));
    }

    /** The index of the first token written {@code word}. */
    int at(String word) {
        for (int i = 0; i < sentence.size(); i++) {
            if (sentence.token(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word + " in " + sentence.text());
    }

    String text(int start, int end) {
        return sentence.text(start, end);
    }

    String word(int i) {
        return sentence.token(i).text();
    }

    /** The verb group whose head is written {@code head}. */
    VerbGroup group(String head) {
        return phrases.verbGroups().stream().filter(g -> word(g.head()).equals(head)).findFirst()
                .orElseThrow(() -> new AssertionError("no verb group on " + head + " in " + phrases.verbGroups()));
    }

    /** The outermost noun phrase containing the token written {@code word}. */
    NounPhrase nounPhrase(String word) {
        NounPhrase phrase = phrases.nounPhraseAt(at(word));
        if (phrase == null) {
            throw new AssertionError("no noun phrase at " + word + " in " + phrases.nounPhrases());
        }
        return phrase;
    }

    /** The first clause of {@code kind}, outermost first. */
    Clause first(Clause.Kind kind) {
        return clause.all().stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " clause in " + clause));
    }

    boolean has(Clause.Kind kind) {
        return clause.all().stream().anyMatch(c -> c.kind() == kind);
    }
}
