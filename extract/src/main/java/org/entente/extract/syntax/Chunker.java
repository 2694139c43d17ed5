package org.entente.extract.syntax;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.text.Cues;
import org.entente.extract.text.PartOfSpeechTagger;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;

/**
 * Finds the noun phrases and verb groups of every sentence. Requires the sentences and their parts
 * of speech; adds {@link #PHRASES}. Rule-based over the tags, lemmas and the cue words (auxiliaries,
 * modals, negators, possessive pronouns, coordinators). Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class Chunker implements Stage {
    /** The phrases of each sentence, by sentence index. */
    public static final Layer<List<Phrases>> PHRASES = Layer.of("phrases", List.class);

    private final NounPhraseReader nounPhrases;
    private final VerbGroupReader verbGroups;

    /** A chunker reading with the cue words {@code cues}. */
    public Chunker(Cues cues) {
        Words words = new Words(Objects.requireNonNull(cues, "cues"));
        this.nounPhrases = new NounPhraseReader(words);
        this.verbGroups = new VerbGroupReader(words);
    }

    /** The phrases of one tagged sentence. */
    public Phrases phrases(Sentence sentence) {
        Objects.requireNonNull(sentence, "sentence");
        return new Phrases(nounPhrases.read(sentence), verbGroups.read(sentence));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES, PartOfSpeechTagger.PARTS_OF_SPEECH);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PHRASES);
    }

    /** Adds the {@link #PHRASES} of every sentence. */
    @Override
    public Document apply(Document document) {
        return document.with(PHRASES, document.get(SentenceSplitter.SENTENCES).stream().map(this::phrases).toList());
    }
}
