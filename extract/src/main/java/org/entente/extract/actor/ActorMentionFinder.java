package org.entente.extract.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.TextCleaner;

/**
 * Finds the actors, places and references of every sentence. Requires the clean text (for the
 * publication date, which bounds office holders' tenures) and the sentences; adds
 * {@link #ACTOR_MENTIONS}, one list per sentence. People introduced in one sentence are recalled
 * by surname or description in later ones through a registry that lives only for one document.
 * Thread-safe.
 */
public final class ActorMentionFinder implements Stage {
    /** For each sentence, its actor, place and reference mentions in text order. */
    public static final Layer<List<List<ActorMention>>> ACTOR_MENTIONS = Layer.of("actor mentions", List.class);

    private final ActorKnowledge knowledge;

    /** A finder using {@code knowledge}. */
    public ActorMentionFinder(ActorKnowledge knowledge) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextCleaner.CLEAN_TEXT, SentenceSplitter.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(ACTOR_MENTIONS);
    }

    /** Adds the {@link #ACTOR_MENTIONS} of every sentence. */
    @Override
    public Document apply(Document document) {
        LocalDate published = document.get(TextCleaner.CLEAN_TEXT).publishedOr(document.article().published());
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        ActorFinder finder = new ActorFinder(knowledge, new PersonRegistry(knowledge, published), published,
                salience(sentences, published));
        List<List<ActorMention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            mentions.add(List.copyOf(finder.find(sentence)));
        }
        return document.with(ACTOR_MENTIONS, List.copyOf(mentions));
    }

    /** Counts the countries an article names, before resolving anything: shared demonyms go to the likelier. */
    private DocumentSalience salience(List<Sentence> sentences, LocalDate date) {
        DocumentSalience salience = new DocumentSalience();
        Gazetteer gazetteer = knowledge.gazetteer();
        for (Sentence sentence : sentences) {
            for (int i = 0; i < sentence.size(); i++) {
                Gazetteer.Match match = gazetteer.longestAt(sentence, i, date);
                if (match != null) {
                    match.entries().stream().map(Entry::country).filter(Objects::nonNull).findFirst().ifPresent(salience::count);
                    i += match.length() - 1;
                }
            }
        }
        return salience;
    }
}
