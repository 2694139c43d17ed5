package org.entente.extract.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import org.entente.extract.pipeline.Document;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;

/**
 * Gives every token its Universal Dependencies part of speech and its lemma, with Apache OpenNLP's
 * English UD models (EWT, from Maven Central). Requires sentences with tokens; adds
 * {@link Token#tag()} and {@link Token#lemma()}.
 *
 * <p>The statistical lemmatizer reads a whole sentence in about 2 ms, far too slow for the
 * extractor's budget, and a word with a given part of speech almost always has the same lemma; so
 * lemmas are memoised by word and tag, and a word missing from the memo is lemmatised alone. The
 * memo holds at most {@link #MEMO_LIMIT} entries and starts afresh when full. Headlines in title
 * case are tagged in lower case, since the model reads capitalised words as names. Models are
 * loaded once. OpenNLP's taggers are not thread-safe and costly to make (as much as tagging a
 * short article), so idle ones wait in a pool and each call borrows one. Thread-safe.
 */
public final class PartOfSpeechTagger implements Stage {
    /** That the sentences' tokens carry parts of speech and lemmas; its value names the models. */
    public static final Layer<String> PARTS_OF_SPEECH = Layer.of("parts of speech", String.class);

    /** The model files inside org.apache.opennlp:opennlp-models-{pos,lemmatizer}-en. */
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMA_MODEL = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /**
     * The tagger's beam: 1 decodes greedily. The model ships with 3; greedy decoding gives the same
     * figures on the development set, the seeds and the PLOVER records, and tags about 30% more
     * sentences a second (2,167 against 2,816 in {@code bench}).
     */
    static final int BEAM_SIZE = 1;
    /** The most lemmas remembered. */
    static final int MEMO_LIMIT = 200_000;

    private final POSModel posModel;
    private final LemmatizerModel lemmaModel;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final Queue<POSTaggerME> idleTaggers = new ConcurrentLinkedQueue<>();
    private final Queue<LemmatizerME> idleLemmatizers = new ConcurrentLinkedQueue<>();

    /** Loads the models from the class path. */
    public PartOfSpeechTagger() {
        this.posModel = load(POS_MODEL, in -> new POSModel(withBeamSize(in, BEAM_SIZE)));
        this.lemmaModel = load(LEMMA_MODEL, LemmatizerModel::new);
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String name, Loader<T> loader) {
        InputStream in = PartOfSpeechTagger.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = ClassLoader.getSystemResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the class path");
        }
        try (InputStream model = in) {
            return loader.load(model);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load OpenNLP model " + name, e);
        }
    }

    /**
     * The model archive {@code in} with its manifest's beam size set to {@code beamSize}: OpenNLP
     * reads the beam of a part-of-speech model from its manifest only.
     */
    static InputStream withBeamSize(InputStream in, int beamSize) throws IOException {
        ByteArrayOutputStream archive = new ByteArrayOutputStream();
        try (ZipInputStream entries = new ZipInputStream(in); ZipOutputStream copy = new ZipOutputStream(archive)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                byte[] bytes = entries.readAllBytes();
                if (entry.getName().equals("manifest.properties")) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(bytes));
                    manifest.setProperty(BeamSearch.BEAM_SIZE_PARAMETER, Integer.toString(beamSize));
                    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
                    manifest.store(rewritten, null);
                    bytes = rewritten.toByteArray();
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(bytes);
                copy.closeEntry();
            }
        }
        return new ByteArrayInputStream(archive.toByteArray());
    }

    /** The sentences with tagged and lemmatised tokens. */
    public List<Sentence> tag(List<Sentence> sentences) {
        POSTaggerME tagger = idleTaggers.poll();
        if (tagger == null) {
            tagger = new POSTaggerME(posModel, POSTagFormat.UD);
        }
        LemmatizerME lemmatizer = idleLemmatizers.poll();
        if (lemmatizer == null) {
            lemmatizer = new LemmatizerME(lemmaModel);
        }
        try {
            return tag(sentences, tagger, lemmatizer);
        } finally {
            idleTaggers.offer(tagger);
            idleLemmatizers.offer(lemmatizer);
        }
    }

    private List<Sentence> tag(List<Sentence> sentences, POSTaggerME tagger, LemmatizerME lemmatizer) {
        List<Sentence> tagged = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            if (sentence.size() == 0) {
                tagged.add(sentence);
                continue;
            }
            boolean titleCase = sentence.heading() && isTitleCase(sentence);
            String[] words = new String[sentence.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = titleCase ? sentence.token(i).lower() : sentence.token(i).text();
            }
            String[] tags = tagger.tag(words);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                Token token = sentence.token(i);
                String key = token.lower() + '\t' + tags[i];
                String lemma = lemmas.get(key);
                if (lemma == null) {
                    lemma = lemmaOf(lemmatizer, token.lower(), tags[i]);
                    if (lemmas.size() >= MEMO_LIMIT) {
                        lemmas.clear();
                    }
                    lemmas.put(key, lemma);
                }
                tokens.add(token.tagged(tags[i], lemma));
            }
            tagged.add(new Sentence(sentence.index(), sentence.start(), sentence.end(), sentence.text(), tokens,
                    sentence.paragraph(), sentence.heading()));
        }
        return tagged;
    }

    private static String lemmaOf(LemmatizerME lemmatizer, String lower, String tag) {
        String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {tag})[0];
        // The model answers "O" (or nothing) when no edit script applies: the word is its own lemma.
        return lemma == null || lemma.isEmpty() || lemma.equals("O") ? lower : lemma.toLowerCase(Locale.ROOT);
    }

    /** Whether most words of a headline are capitalised ("Thailand Strikes Cambodian Positions"). */
    private static boolean isTitleCase(Sentence sentence) {
        int words = 0;
        int capitalised = 0;
        for (Token token : sentence.tokens()) {
            if (token.isWord() && token.text().length() > 3) {
                words++;
                if (token.isCapitalized()) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 4 >= words * 3;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(SentenceSplitter.SENTENCES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(PARTS_OF_SPEECH);
    }

    /** Replaces the {@link SentenceSplitter#SENTENCES} with tagged ones and adds {@link #PARTS_OF_SPEECH}. */
    @Override
    public Document apply(Document document) {
        return document.with(SentenceSplitter.SENTENCES, tag(document.get(SentenceSplitter.SENTENCES)))
                .with(PARTS_OF_SPEECH, POS_MODEL + " + " + LEMMA_MODEL);
    }
}
