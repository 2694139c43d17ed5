package org.entente.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.extract.internal.KnowledgeBase;

/**
 * What an {@link Extractor} knows: actors (countries, organisations, office holders, companies,
 * institutions, group nouns, titles), places, and the event trigger lexicon. The bundled knowledge
 * can be extended without recompiling: put files with the bundled names and formats
 * ({@code people.tsv}, {@code companies.tsv}, {@code places.tsv}, {@code metonyms.tsv},
 * {@code groups.tsv}, {@code titles.tsv}, {@code demonyms.tsv}, {@code events.tsv}; tab-separated,
 * {@code #} comments, documented in each bundled file's header) in a directory and load it with
 * {@link #withDirectory(Path)}. Immutable and thread-safe; loading takes a fraction of a second, so
 * build it once.
 *
 * @since 0.1
 */
public final class Knowledge {
    private final List<Path> directories;
    private final List<Path> petrarch;
    private final Map<String, String> countryCodes;
    private final KnowledgeBase base;

    private Knowledge(List<Path> directories, List<Path> petrarch, Map<String, String> countryCodes) {
        this.directories = List.copyOf(directories);
        this.petrarch = List.copyOf(petrarch);
        this.countryCodes = Map.copyOf(countryCodes);
        this.base = KnowledgeBase.load(this.directories, this.petrarch, this.countryCodes);
    }

    /** The bundled knowledge. */
    public static Knowledge standard() {
        return new Knowledge(List.of(), List.of(), Map.of());
    }

    /**
     * This knowledge plus the knowledge files in {@code directory}.
     *
     * @throws IllegalArgumentException if {@code directory} is not a directory, or one of its files
     *                                  has a malformed row (the message names file and line)
     */
    public Knowledge withDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("Knowledge directory " + directory + " does not exist");
        }
        List<Path> all = new ArrayList<>(directories);
        all.add(directory);
        return new Knowledge(all, petrarch, countryCodes);
    }

    /**
     * This knowledge plus the actors or agents of a dictionary in PETRARCH's format (the Phoenix
     * dictionaries, for example): phrase lines with {@code +} aliases and date-bounded codes such as
     * {@code [CHNGOV >20121115]}, or agent lines such as {@code AMBASSADOR [~GOV]}. Codes are read as
     * an ISO country or a CAMEO organisation code followed by a role; codes Entente cannot represent
     * (fictional or retired country codes) are skipped. Phrases match whole words, ignoring case.
     *
     * @throws IllegalArgumentException if the file does not exist
     */
    public Knowledge withPetrarchDictionary(Path dictionary) {
        return withPetrarchDictionary(dictionary, Map.of());
    }

    /**
     * Like {@link #withPetrarchDictionary(Path)}, first rewriting the country part of the dictionary's
     * codes through {@code countryCodes}: retired CAMEO codes to ISO ({@code UAR} to {@code EGY}), or
     * a test suite's fictional countries to stand-in codes. The rewriting applies to every PETRARCH
     * dictionary of this knowledge.
     */
    public Knowledge withPetrarchDictionary(Path dictionary, Map<String, String> countryCodes) {
        Objects.requireNonNull(dictionary, "dictionary");
        if (!Files.isRegularFile(dictionary)) {
            throw new IllegalArgumentException("PETRARCH dictionary " + dictionary + " does not exist");
        }
        List<Path> all = new ArrayList<>(petrarch);
        all.add(dictionary);
        Map<String, String> codes = new java.util.HashMap<>(this.countryCodes);
        codes.putAll(countryCodes);
        return new Knowledge(directories, all, codes);
    }

    /** The names of the knowledge files a directory may hold. */
    public static List<String> fileNames() {
        return KnowledgeBase.FILES.keySet().stream().sorted().toList();
    }

    KnowledgeBase base() {
        return base;
    }
}
