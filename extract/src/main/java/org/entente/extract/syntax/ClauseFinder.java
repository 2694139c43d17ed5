package org.entente.extract.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;

/**
 * Finds the clauses of every sentence: its main clause and the relative, subordinate, quoted and
 * reported clauses nested in it. Requires the sentences and the {@link Chunker#PHRASES} (a clause
 * needs a verb group; a comma inside a noun phrase ends none); adds {@link #CLAUSES}. Stateless and
 * thread-safe.
 *
 * @since 0.2
 */
public final class ClauseFinder implements Stage {
    /** The main clause of each sentence, by sentence index, with the clauses nested in it. */
    public static final Layer<List<Clause>> CLAUSES = Layer.of("clauses", List.class);

    private final ClauseReader reader;

    /** A finder reading with the cue words {@code cues} (subordinators, relative words, speech verbs, quotation marks). */
    public ClauseFinder(Cues cues) {
        this.reader = new ClauseReader(new Words(Objects.requireNonNull(cues, "cues")));
    }

    /** The main clause of one sentence, given its phrases. */
    public Clause clauses(Sentence sentence, Phrases phrases) {
        return reader.read(Objects.requireNonNull(sentence, "sentence"), Objects.requireNonNull(phrases, "phrases"));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES, Chunker.PHRASES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(CLAUSES);
    }

    /** Adds the {@link #CLAUSES} of every sentence. */
    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        List<Phrases> phrases = document.get(Chunker.PHRASES);
        List<Clause> clauses = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            clauses.add(clauses(sentences.get(i), phrases.get(i)));
        }
        return document.with(CLAUSES, List.copyOf(clauses));
    }
}
