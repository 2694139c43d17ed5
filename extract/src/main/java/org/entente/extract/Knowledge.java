package org.entente.extract;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@link #withDirectory(Path)}. Dictionaries in PETRARCH's format add actors, agents, verb patterns
 * and discards ({@link #withPetrarchDictionary(Path)}, {@link #withPetrarchAgents(Path)},
 * {@link #withPetrarchVerbs(Path)}, {@link #withPetrarchDiscards(Path)}), and the bundled triggers or
 * actors can be left out ({@link #withoutBundledTriggers()}, {@link #withoutBundledActors()}).
 * Immutable and thread-safe; loading takes a fraction of a second, so build it once.
 *
 * @since 0.1
 */
public final class Knowledge {
    private final KnowledgeBase.Sources sources;
    private final KnowledgeBase base;
    private final Coding coding;

    /** The coding conventions chosen: they change how events are coded, not what is known. */
    private record Coding(boolean oneSidedPetrarchEvents, boolean oneSidedFallback, boolean statedIntentions) {
    }

    private Knowledge(KnowledgeBase.Sources sources, Coding coding) {
        this(sources, KnowledgeBase.load(sources), coding);
    }

    private Knowledge(KnowledgeBase.Sources sources, KnowledgeBase base, Coding coding) {
        this.sources = sources;
        this.base = base;
        this.coding = coding;
    }

    /** The bundled knowledge. */
    public static Knowledge standard() {
        return new Knowledge(KnowledgeBase.Sources.bundled(), new Coding(false, true, false));
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
        return new Knowledge(sources.plusDirectory(directory), coding);
    }

    /**
     * This knowledge without Entente's bundled trigger lexicon ({@code events.tsv}): events are then
     * found only by triggers added from a knowledge directory or a PETRARCH verb dictionary. Actors,
     * places and cue words stay.
     */
    public Knowledge withoutBundledTriggers() {
        return new Knowledge(sources.withoutBundledTriggers(), coding);
    }

    /**
     * This knowledge without Entente's bundled actor and place knowledge: the model's country and
     * organisation names, demonyms and capitals, and the bundled people, companies, places,
     * metonyms, group nouns, titles and demonyms. Actors are then known only from a knowledge
     * directory or PETRARCH dictionaries, as when a test suite is coded with its own dictionaries.
     */
    public Knowledge withoutBundledActors() {
        return new Knowledge(sources.withoutBundledActors(), coding);
    }

    /**
     * This knowledge plus the actors or agents of a dictionary in PETRARCH's format (the Phoenix
     * dictionaries, for example): phrase lines with {@code +} aliases and date-bounded codes such as
     * {@code [CHNGOV >20121115]}, or agent lines such as {@code AMBASSADOR [~GOV]}. Codes are read as
     * an ISO country or a CAMEO organisation code followed by a role; codes Entente cannot represent
     * (fictional or retired country codes) are skipped. Phrases match whole words, ignoring case.
     *
     * @throws IllegalArgumentException if the file does not exist, or if its substitution markers
     *                                  would make it longer than 100,000 lines (naming the file and line)
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
        Objects.requireNonNull(countryCodes, "countryCodes");
        return new Knowledge(sources.plusPetrarch(file(dictionary, ""), countryCodes), coding);
    }

    /**
     * This knowledge plus the agents of a PETRARCH agent dictionary ({@code Phoenix.agents.txt},
     * {@code PETR.Validate.agents.txt}): lines such as {@code FOREIGN_MINISTER [~GOVFRM]} or
     * {@code POLICE {} [~COP]}, with an explicit plural in braces, {@code {}} for none, and
     * {@code !PERSON!}-style substitution markers defined in the file. An agent is a group noun with a
     * role; its country comes from the text ("Gondor police"). The same reader as
     * {@link #withPetrarchDictionary(Path)}, which also takes agent lines.
     *
     * @throws IllegalArgumentException if the file does not exist
     */
    public Knowledge withPetrarchAgents(Path agents) {
        return withPetrarchDictionary(agents);
    }

    /**
     * This knowledge plus the patterns of a verb dictionary in PETRARCH's format ({@code CAMEO.2.0.txt}):
     * each verb block's verbs code its code, and each pattern ({@code - SAID WOULD * + IN DETENTION [212]})
     * codes its own when its words stand around the verb. Codes with a letter suffix ({@code 075A})
     * are read as their digits; codes that are not CAMEO codes, or have no PLOVER coding (the neutral
     * statements 010 and 011), are skipped. See {@code README.md} for what is supported.
     *
     * @throws IllegalArgumentException if the file does not exist
     */
    public Knowledge withPetrarchVerbs(Path verbs) {
        return withPetrarchVerbs(verbs, Map.of());
    }

    /**
     * Like {@link #withPetrarchVerbs(Path)}, first rewriting codes as written through {@code eventCodes}
     * ({@code 174K} to a CAMEO code, for example a test suite's made-up codes to stand-ins). The
     * rewriting applies to every verb dictionary of this knowledge.
     */
    public Knowledge withPetrarchVerbs(Path verbs, Map<String, String> eventCodes) {
        Objects.requireNonNull(eventCodes, "eventCodes");
        return new Knowledge(sources.plusVerbs(file(verbs, " verb"), eventCodes), coding);
    }

    /**
     * This knowledge plus a discard dictionary in PETRARCH's format ({@code PETR.Validate.discards.txt}):
     * a sentence holding one of its phrases codes no event; an article holding one of its story-level
     * phrases ({@code +TYPHOON}) codes none at all. Phrases match whole words, ignoring case.
     *
     * @throws IllegalArgumentException if the file does not exist
     */
    public Knowledge withPetrarchDiscards(Path discards) {
        return new Knowledge(sources.plusDiscards(file(discards, " discard")), coding);
    }

    /**
     * This knowledge, coding PETRARCH pattern events that name one side only ({@code oneSided}) or
     * only events with both sides (the default): PETRARCH's {@code require_dyad} option, false and
     * true. A one-sided event has its source and no target ("a senior official said"), or its target
     * and no source; events of Entente's own lexicon always need both sides.
     */
    public Knowledge withOneSidedPetrarchEvents(boolean oneSided) {
        return new Knowledge(sources, base, new Coding(oneSided, coding.oneSidedFallback(), coding.statedIntentions()));
    }

    /**
     * This knowledge, making a text's first one-sided verb its one event when no mention names both
     * sides ({@code fallback}, the default: "Police detained 20 protesters" is still COERCE), or leaving
     * such a text without events, as PETRARCH does.
     */
    public Knowledge withOneSidedFallback(boolean fallback) {
        return new Knowledge(sources, base, new Coding(coding.oneSidedPetrarchEvents(), fallback, coding.statedIntentions()));
    }

    /** Whether a text with no two-sided mention gets its first one-sided verb as its event ({@link #withOneSidedFallback(boolean)}). */
    public boolean oneSidedFallback() {
        return coding.oneSidedFallback();
    }

    /**
     * This knowledge, coding an act told as intended as the statement of that intention
     * ({@code statements}), as CAMEO and PLOVER's records do: "Finland will give Tanzania a grant" is
     * Finland's promise (CAMEO 033, AGREE) and "X may halt mediation" a threat (CAMEO 135,
     * THREATEN), both asserted. The default codes the act itself with {@code FUTURE} or
     * {@code HYPOTHETICAL} modality, as the development set does. Which act becomes which statement is
     * the table {@code intentions.tsv}.
     */
    public Knowledge withStatedIntentions(boolean statements) {
        return new Knowledge(sources, base, new Coding(coding.oneSidedPetrarchEvents(), coding.oneSidedFallback(), statements));
    }

    /** Whether intended acts are coded as statements of intent ({@link #withStatedIntentions(boolean)}). */
    public boolean statedIntentions() {
        return coding.statedIntentions();
    }

    /** Whether PETRARCH pattern events may name one side only ({@link #withOneSidedPetrarchEvents(boolean)}). */
    public boolean oneSidedPetrarchEvents() {
        return coding.oneSidedPetrarchEvents();
    }

    private static Path file(Path path, String kind) {
        Objects.requireNonNull(path, "dictionary");
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("PETRARCH" + kind + " dictionary " + path + " does not exist");
        }
        return path;
    }


    /** The names of the knowledge files a directory may hold. */
    public static List<String> fileNames() {
        return KnowledgeBase.FILES.keySet().stream().sorted().toList();
    }

    KnowledgeBase base() {
        return base;
    }
}
