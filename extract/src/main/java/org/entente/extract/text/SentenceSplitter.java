package org.entente.extract.text;

import java.util.Set;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Second stage: {@link CleanText} to {@link Sentence}s with tokens, using Apache OpenNLP's English
 * sentence model (Universal Dependencies EWT, from Maven Central). Paragraphs are split separately,
 * so a sentence never spans two. The model is loaded once; a detector is made per call, because
 * OpenNLP's detectors are not thread-safe. Thread-safe.
 */
public final class SentenceSplitter implements Stage {
    /** The sentences with their tokens, in text order. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);

    /** The model file inside org.apache.opennlp:opennlp-models-sentdetect-en. */
    static final String MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Longest sentence handed to later stages; a longer run of text is cut into pieces of this size. */
    static final int MAX_SENTENCE_CHARS = 2_000;

    private final SentenceModel model;
    private final Tokenizer tokenizer = new Tokenizer();

    /** Loads the sentence model from the class path. */
    public SentenceSplitter() {
        try (InputStream in = openModel()) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            this.model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP sentence model " + MODEL, e);
        }
    }

    private static InputStream openModel() {
        InputStream in = SentenceSplitter.class.getClassLoader().getResourceAsStream(MODEL);
        return in != null ? in : ClassLoader.getSystemResourceAsStream(MODEL);
    }

    /**
     * Rejoins the model's splits after an abbreviation that does not end the sentence: the next piece
     * starts in lower case ("U.S. officials"), or with an office or institution ("U.S. President
     * Donald Trump", "Gen. Smith").
     */
    static List<Span> repair(String body, Span[] spans) {
        List<Span> repaired = new ArrayList<>();
        for (Span span : spans) {
            if (!repaired.isEmpty()) {
                Span previous = repaired.get(repaired.size() - 1);
                String before = body.substring(previous.getStart(), previous.getEnd());
                String next = body.substring(span.getStart(), span.getEnd());
                if (endsWithAbbreviation(before) && continues(next)) {
                    repaired.set(repaired.size() - 1, new Span(previous.getStart(), span.getEnd()));
                    continue;
                }
            }
            repaired.add(span);
        }
        return repaired;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        int space = sentence.lastIndexOf(' ');
        String last = sentence.substring(space + 1);
        return last.matches("(?:\\p{Lu}\\.){2,}") || ABBREVIATIONS.contains(last);
    }

    private static boolean continues(String next) {
        if (next.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(next.codePointAt(0))) {
            return true;
        }
        String first = next.split("[\\s,]", 2)[0];
        return CONTINUATIONS.contains(first);
    }

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Sen.",
            "Rep.", "Gov.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Prof.", "St.", "Adm.", "Amb.", "Pres.", "No.", "Vol.");
    private static final java.util.Set<String> CONTINUATIONS = java.util.Set.of("President", "Vice", "Secretary", "Senator",
            "Ambassador", "Army", "Navy", "Air", "Forces", "Treasury", "State", "Defense", "Defence", "Trade", "Representative",
            "Envoy", "Special", "Congress", "Senate", "House", "Embassy", "Department", "Prime", "Foreign", "Security",
            "Central", "Marines", "Coast", "Federal", "National", "Supreme", "Justice", "Commerce", "Energy",
            "Homeland", "Agency", "Administration", "Attorney", "General", "Admiral", "Commander", "Chief");

    /** The sentences of {@code text}, in order. */
    public List<Sentence> split(CleanText text) {
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < text.paragraphs().size(); p++) {
            Paragraph paragraph = text.paragraphs().get(p);
            String body = text.text().substring(paragraph.start(), paragraph.end());
            for (Span span : repair(body, detector.sentPosDetect(body))) {
                for (int from = span.getStart(); from < span.getEnd(); from += MAX_SENTENCE_CHARS) {
                    int to = Math.min(span.getEnd(), from + MAX_SENTENCE_CHARS);
                    int start = paragraph.start() + from;
                    String sentence = body.substring(from, to);
                    sentences.add(new Sentence(sentences.size(), start, start + sentence.length(), sentence,
                            tokenizer.tokenize(sentence, start), p, paragraph.heading()));
                }
            }
        }
        return sentences;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(TextCleaner.CLEAN_TEXT);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(SENTENCES);
    }

    /** Adds the {@link #SENTENCES} of the clean text. */
    @Override
    public Document apply(Document document) {
        return document.with(SENTENCES, split(document.get(TextCleaner.CLEAN_TEXT)));
    }
}
