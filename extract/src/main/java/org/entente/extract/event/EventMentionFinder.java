package org.entente.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.ActorMentionFinder;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.extract.syntax.Clause;
import org.entente.extract.syntax.ClauseFinder;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.TextCleaner;

/**
 * Codes the event mentions of every sentence from its triggers. Requires the clean text (for the
 * publication date that anchors relative dates), the sentences (tagged, when a part-of-speech stage
 * ran before), the actor mentions and the {@link TriggerFinder#TRIGGERS triggers}; adds
 * {@link #EVENT_MENTIONS}. What earlier sentences established ("he", "both nations", the date a
 * paragraph continues) lives in a discourse made for each document. Thread-safe.
 */
public final class EventMentionFinder implements Stage {
    /** The event mentions of the whole document, in text order. */
    public static final Layer<List<EventMention>> EVENT_MENTIONS = Layer.of("event mentions", List.class);

    private final EventFinder finder;
    private final Discards discards;

    /** A finder using the trigger lexicon {@code lexicon} and the cue words {@code cues}. */
    public EventMentionFinder(TriggerIndex lexicon, Cues cues) {
        this(lexicon, cues, Discards.NONE);
    }

    /**
     * A finder using the trigger lexicon {@code lexicon}, the cue words {@code cues}, and phrases that
     * cancel the coding of a sentence or a whole article ({@code discards}).
     */
    public EventMentionFinder(TriggerIndex lexicon, Cues cues, Discards discards) {
        this.finder = new EventFinder(Objects.requireNonNull(lexicon, "lexicon"), Objects.requireNonNull(cues, "cues"));
        this.discards = Objects.requireNonNull(discards, "discards");
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextCleaner.CLEAN_TEXT, SentenceSplitter.SENTENCES, ActorMentionFinder.ACTOR_MENTIONS,
                TriggerFinder.TRIGGERS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(EVENT_MENTIONS);
    }

    /** Adds the {@link #EVENT_MENTIONS} of every sentence. */
    @Override
    public Document apply(Document document) {
        LocalDate published = document.get(TextCleaner.CLEAN_TEXT).publishedOr(document.article().published());
        List<Sentence> sentences = document.get(SentenceSplitter.SENTENCES);
        List<List<ActorMention>> mentions = document.get(ActorMentionFinder.ACTOR_MENTIONS);
        List<List<TriggerMatch>> triggers = document.get(TriggerFinder.TRIGGERS);
        Discourse discourse = new Discourse(published);
        List<EventMention> events = new ArrayList<>();
        if (sentences.stream().anyMatch(discards::discardsStory)) {
            return document.with(EVENT_MENTIONS, List.of());
        }
        // the clause layer is optional: a pipeline without the part-of-speech tagger has none
        List<Clause> clauses = document.has(ClauseFinder.CLAUSES) ? document.get(ClauseFinder.CLAUSES) : null;
        for (int i = 0; i < sentences.size(); i++) {
            List<EventMention> found = finder.find(sentences.get(i), mentions.get(i), triggers.get(i),
                    clauses == null ? null : clauses.get(i), discourse);
            if (!discards.discardsSentence(sentences.get(i))) {
                events.addAll(found);
            }
        }
        return document.with(EVENT_MENTIONS, List.copyOf(events));
    }
}
