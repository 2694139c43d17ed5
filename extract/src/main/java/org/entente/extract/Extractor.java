package org.entente.extract;

import java.util.List;
import java.util.Objects;
import org.entente.extract.actor.ActorMentionFinder;
import org.entente.extract.assemble.EventAssembler;
import org.entente.extract.assemble.Tagger;
import org.entente.extract.event.EventMentionFinder;
import org.entente.extract.event.StatedIntentions;
import org.entente.extract.event.TriggerFinder;
import org.entente.extract.internal.KnowledgeBase;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Pipeline;
import org.entente.extract.syntax.Chunker;
import org.entente.extract.syntax.ClauseFinder;
import org.entente.extract.text.CleanText;
import org.entente.extract.text.PartOfSpeechTagger;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.TextCleaner;
import org.entente.model.Article;
import org.entente.model.Extraction;
import org.entente.model.Tag;

/**
 * Codes the diplomacy in news articles: {@link #extract(Article)} turns an article into its events
 * (who did what to whom, when, where, whether it happened, on what evidence), its tags and its
 * main event.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.standard();          // build once: loads models and knowledge
 * Extraction result = extractor.extract(Article.of("seed-004", text).withPublished(date));
 * result.events().forEach(e -> System.out.println(e.type() + " " + e.source() + " -> " + e.target()));
 * }</pre>
 *
 * <p>An extractor runs a {@link Pipeline} of stages over a {@link Document}; {@link #standardPipeline}
 * is the default one: clean the text (HTML to text, page furniture out), split sentences
 * (OpenNLP), tag parts of speech and lemmas (OpenNLP), find phrases and clauses, find actors and
 * places, find event triggers, code their events, merge mentions of one event, tag. A pipeline
 * with stages added or replaced is run with {@link #of(Pipeline)}. An extractor is immutable and thread-safe; all per-article state lives in
 * the document of one call. Evidence offsets index into the cleaned text, which the result's
 * {@link Extraction#article()} carries.
 *
 * @since 0.1
 */
public final class Extractor {
    /** The longest article text accepted, in characters (16 Mi); a longer one is rejected. */
    public static final int MAX_TEXT_LENGTH = 16 * 1024 * 1024;
    /** The layers an extractor's pipeline must add, because the {@link Extraction} is made of them. */
    private static final List<Layer<?>> RESULT_LAYERS = List.of(TextCleaner.CLEAN_TEXT, EventAssembler.EVENTS, Tagger.TAGS);

    private final Pipeline pipeline;

    private Extractor(Pipeline pipeline) {
        for (Layer<?> layer : RESULT_LAYERS) {
            if (!pipeline.adds().contains(layer)) {
                throw new IllegalArgumentException("An extractor's pipeline must add the layer " + layer
                        + "; this one adds " + pipeline.adds());
            }
        }
        this.pipeline = pipeline;
    }

    /** An extractor with the bundled knowledge. */
    public static Extractor standard() {
        return of(Knowledge.standard());
    }

    /** An extractor with {@code knowledge}. */
    public static Extractor of(Knowledge knowledge) {
        return new Extractor(standardPipeline(Objects.requireNonNull(knowledge, "knowledge")));
    }

    /**
     * An extractor running {@code pipeline}, which must add the clean text, the events and the
     * tags (as {@link #standardPipeline} does; start from its {@link Pipeline#toBuilder()}).
     *
     * @throws IllegalArgumentException if the pipeline lacks one of those layers
     */
    public static Extractor of(Pipeline pipeline) {
        return new Extractor(Objects.requireNonNull(pipeline, "pipeline"));
    }

    /**
     * The standard stages with {@code knowledge}, in order: {@link TextCleaner},
     * {@link SentenceSplitter}, {@link PartOfSpeechTagger}, {@link Chunker}, {@link ClauseFinder},
     * {@link ActorMentionFinder}, {@link TriggerFinder}, {@link EventMentionFinder},
     * {@link StatedIntentions} (only with {@link Knowledge#withStatedIntentions(boolean)}),
     * {@link EventAssembler}, {@link Tagger}.
     */
    public static Pipeline standardPipeline(Knowledge knowledge) {
        KnowledgeBase base = Objects.requireNonNull(knowledge, "knowledge").base();
        Pipeline.Builder stages = Pipeline.builder()
                .add(new TextCleaner())
                .add(new SentenceSplitter())
                .add(new PartOfSpeechTagger())
                .add(new Chunker(base.cues()))
                .add(new ClauseFinder(base.cues()))
                .add(new ActorMentionFinder(base))
                .add(new TriggerFinder(base.triggers(), base.cues()))
                .add(new EventMentionFinder(base.triggers(), base.cues(), base.discards()));
        if (knowledge.statedIntentions()) {
            stages.add(StatedIntentions.standard(base.cues()));
        }
        return stages
                .add(new EventAssembler(knowledge.oneSidedPetrarchEvents(), knowledge.oneSidedFallback()))
                .add(new Tagger())
                .build();
    }

    /** The pipeline this extractor runs. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** Codes a plain-text article. Same as {@code extract(article, TextFormat.TEXT)}. */
    public Extraction extract(Article article) {
        return extract(article, TextFormat.TEXT);
    }

    /**
     * Codes an article.
     *
     * @param article the article; its text is plain text or HTML as {@code format} says, its
     *                published date (if any) anchors relative dates, else a date printed in the
     *                text is used
     * @param format  the text's format
     * @return the events, tags and main event; the article in it carries the cleaned text, the
     *         headline found and the publication date used
     * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT_LENGTH}
     */
    public Extraction extract(Article article, TextFormat format) {
        Document document = analyse(article, format);
        CleanText clean = document.get(TextCleaner.CLEAN_TEXT);
        EventAssembler.Assembled events = document.get(EventAssembler.EVENTS);
        List<Tag> tags = document.get(Tagger.TAGS);
        Article read = new Article(article.id(), clean.title(), clean.text(), article.url(),
                clean.publishedOr(article.published()), article.language());
        return new Extraction(read, events.events(), tags, events.main());
    }

    /**
     * Runs the pipeline over an article and returns the document with every layer, for callers who
     * want more than the {@link Extraction} (sentences, tokens, actor mentions).
     *
     * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT_LENGTH}
     */
    public Document analyse(Article article, TextFormat format) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(format, "format");
        if (article.text().length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("Article " + article.id() + " has " + article.text().length()
                    + " characters; the limit is " + MAX_TEXT_LENGTH);
        }
        return pipeline.apply(Document.of(article, format == TextFormat.HTML));
    }
}
