package org.entente.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.extract.actor.ActorFinder;
import org.entente.extract.actor.ActorMention;
import org.entente.extract.actor.DocumentSalience;
import org.entente.extract.actor.Entry;
import org.entente.extract.actor.Gazetteer;
import org.entente.extract.actor.PersonRegistry;
import org.entente.extract.assemble.EventAssembler;
import org.entente.extract.assemble.Tagger;
import org.entente.extract.event.Discourse;
import org.entente.extract.event.EventFinder;
import org.entente.extract.event.EventMention;
import org.entente.extract.internal.KnowledgeBase;
import org.entente.extract.text.CleanText;
import org.entente.extract.text.Sentence;
import org.entente.extract.text.SentenceSplitter;
import org.entente.extract.text.TextCleaner;
import org.entente.model.Article;
import org.entente.model.Extraction;

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
 * <p>The pipeline: clean the text (HTML to text, page furniture out), split sentences (OpenNLP),
 * find actors and places, find and code event triggers, merge mentions of one event, tag. An
 * extractor is immutable and thread-safe; all per-article state lives inside one call. Evidence
 * offsets index into the cleaned text, which the result's {@link Extraction#article()} carries.
 *
 * @since 0.1
 */
public final class Extractor {
    /** The longest article text accepted, in characters (16 Mi); a longer one is rejected. */
    public static final int MAX_TEXT_LENGTH = 16 * 1024 * 1024;

    private final KnowledgeBase knowledge;
    private final TextCleaner cleaner = new TextCleaner();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final EventFinder finder;
    private final EventAssembler assembler = new EventAssembler();
    private final Tagger tagger = new Tagger();

    private Extractor(Knowledge knowledge) {
        this.knowledge = knowledge.base();
        this.finder = new EventFinder(this.knowledge.triggers());
    }

    /** An extractor with the bundled knowledge. */
    public static Extractor standard() {
        return new Extractor(Knowledge.standard());
    }

    /** An extractor with {@code knowledge}. */
    public static Extractor of(Knowledge knowledge) {
        return new Extractor(Objects.requireNonNull(knowledge, "knowledge"));
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
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(format, "format");
        if (article.text().length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("Article " + article.id() + " has " + article.text().length()
                    + " characters; the limit is " + MAX_TEXT_LENGTH);
        }
        CleanText clean = cleaner.clean(article.text(), format == TextFormat.HTML, article.title());
        LocalDate published = article.published() != null ? article.published() : clean.printedDate();
        List<Sentence> sentences = splitter.split(clean);

        DocumentSalience salience = salience(sentences, published);
        ActorFinder actors = new ActorFinder(knowledge, new PersonRegistry(knowledge, published), published, salience);
        Discourse discourse = new Discourse(published);
        List<List<ActorMention>> mentions = new ArrayList<>(sentences.size());
        List<EventMention> eventMentions = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<ActorMention> found = actors.find(sentence);
            mentions.add(found);
            eventMentions.addAll(finder.find(sentence, found, discourse));
        }
        EventAssembler.Assembled assembled = assembler.assemble(eventMentions);
        Article read = new Article(article.id(), clean.title(), clean.text(), article.url(), published, article.language());
        return new Extraction(read, assembled.events(), tagger.tag(sentences, mentions, assembled.events(), assembled.main()),
                assembled.main());
    }

    /** Counts the countries an article names, before resolving anything. */
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
