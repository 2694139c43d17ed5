package org.entente.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMentionFinder;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;

/**
 * Finds the triggers of every sentence in the trigger lexicon: which entry a word starts, whether
 * its object word or its PETRARCH pattern is there. Requires the sentences (tagged, when a
 * part-of-speech stage ran before) and the actor mentions; adds {@link #TRIGGERS}. Every sentence is
 * matched, also one a discard phrase silences: {@link EventMentionFinder} drops its events. Thread-safe.
 *
 * @since 0.2
 */
public final class TriggerFinder implements Stage {
    /** The triggers of each sentence, in text order: one list per sentence, in sentence order. */
    public static final Layer<List<List<TriggerMatch>>> TRIGGERS = Layer.of("triggers", List.class);

    private final TriggerMatcher matcher;

    /** A finder of the entries of {@code lexicon}, reading the sentences with the cue words {@code cues}. */
    public TriggerFinder(TriggerIndex lexicon, Cues cues) {
        Objects.requireNonNull(lexicon, "lexicon");
        Objects.requireNonNull(cues, "cues");
        this.matcher = new TriggerMatcher(lexicon, cues, new ClauseBounds(cues));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES, ActorMentionFinder.ACTOR_MENTIONS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TRIGGERS);
    }

    /** Adds the {@link #TRIGGERS} of every sentence. */
    @Override
    public Document apply(Document document) {
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        List<List<ActorMention>> mentions = document.get(ActorMentionFinder.ACTOR_MENTIONS);
        List<List<TriggerMatch>> triggers = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            triggers.add(matcher.hits(sentences.get(i), mentions.get(i)).stream().map(TriggerMatch::new).toList());
        }
        return document.with(TRIGGERS, List.copyOf(triggers));
    }
}
