package org.entente.extract.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entente.extract.actor.ActorKnowledge;
import org.entente.extract.actor.Entry;
import org.entente.extract.actor.Entry.Kind;
import org.entente.extract.actor.Gazetteer;
import org.entente.extract.text.Cue;
import org.entente.extract.text.Cues;
import org.entente.extract.event.Discards;
import org.entente.extract.event.Trigger;
import org.entente.extract.event.TriggerIndex;
import org.entente.extract.text.Inflections;
import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;
import org.entente.model.Place;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Country;
import org.entente.model.actor.Organization;
import org.entente.model.actor.Organizations;
import org.entente.model.cameo.Cameo;
import org.entente.model.cameo.CameoCode;
import org.entente.model.cameo.PloverCoding;
import org.entente.model.internal.TabularResource;
import org.entente.model.plover.Context;
import org.entente.model.plover.EventType;
import org.entente.model.plover.Mode;

/**
 * Everything the extractor knows, read once: the gazetteer of actors and places (the model's
 * countries and organisations plus the knowledge files: people, companies, places, metonyms,
 * groups, titles) and the event trigger lexicon. Immutable and thread-safe.
 */
public final class KnowledgeBase implements ActorKnowledge {
    /** The knowledge files, by name, with their column counts. A user directory may hold any of them. */
    public static final Map<String, Integer> FILES = Map.of(
            "people.tsv", 8, "companies.tsv", 4, "places.tsv", 5, "metonyms.tsv", 4,
            "groups.tsv", 3, "titles.tsv", 3, "demonyms.tsv", 2, "events.tsv", 8, "cues.tsv", 2);
    private static final String BUNDLED = "/org/entente/extract/knowledge/";
    /** Organisation codes that are ordinary words or initials in running text, so never matched alone. */
    private static final Set<String> UNSAFE_CODES = Set.of("AL", "WB", "AU", "COE", "NAM", "ADB");

    private final Tokenizer tokenizer = new Tokenizer();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private final Map<Cue, Set<String>> cueWords = new java.util.EnumMap<>(Cue.class);
    private Cues cues;
    private Discards discards = Discards.NONE;
    private final Map<String, Entry> titles = new HashMap<>();
    private final Set<String> headTitles = new LinkedHashSet<>();
    private Gazetteer gazetteer;
    private TriggerIndex triggerIndex;
    private Map<Kind, List<Entry>> byKind;
    private Map<String, List<Entry>> peopleBySurname;

    private KnowledgeBase() {
    }

    /** The bundled knowledge. */
    public static KnowledgeBase standard() {
        return load(List.of());
    }

    /**
     * The bundled knowledge plus the files found in {@code directories}, which use the bundled
     * files' names and formats and add to them.
     *
     * @throws IllegalArgumentException naming the file and line of a malformed row
     */
    public static KnowledgeBase load(List<Path> directories) {
        return load(directories, List.of());
    }

    /**
     * The bundled knowledge, the files in {@code directories}, and the actors and agents of the
     * PETRARCH-format dictionaries {@code petrarch}.
     */
    public static KnowledgeBase load(List<Path> directories, List<Path> petrarch) {
        return load(directories, petrarch, Map.of());
    }

    /** As {@link #load(List, List)}, rewriting the PETRARCH dictionaries' country codes through {@code countryCodes}. */
    public static KnowledgeBase load(List<Path> directories, List<Path> petrarch, Map<String, String> countryCodes) {
        return load(new Sources(directories, petrarch, countryCodes, true, true, List.of(), Map.of(), List.of()));
    }

    /**
     * Where knowledge comes from.
     *
     * @param directories     knowledge directories whose files add to the bundled ones
     * @param petrarch        PETRARCH actor and agent dictionaries
     * @param countryCodes    rewriting of the country part of those dictionaries' codes
     * @param bundledActors   whether the bundled actor and place knowledge is used: the model's countries and
     *                        organisations and the bundled people, companies, places, metonyms, groups, titles
     *                        and demonyms
     * @param bundledTriggers whether the bundled trigger lexicon ({@code events.tsv}) is used
     * @param verbs           PETRARCH verb dictionaries
     * @param eventCodes      rewriting of the verb dictionaries' codes
     * @param discards        PETRARCH discard dictionaries
     */
    public record Sources(List<Path> directories, List<Path> petrarch, Map<String, String> countryCodes,
                          boolean bundledActors, boolean bundledTriggers, List<Path> verbs, Map<String, String> eventCodes, List<Path> discards) {
        /** Compact canonical constructor: copies the collections. */
        public Sources {
            directories = List.copyOf(directories);
            petrarch = List.copyOf(petrarch);
            countryCodes = Map.copyOf(countryCodes);
            verbs = List.copyOf(verbs);
            eventCodes = Map.copyOf(eventCodes);
            discards = List.copyOf(discards);
        }

        /** The bundled knowledge alone. */
        public static Sources bundled() {
            return new Sources(List.of(), List.of(), Map.of(), true, true, List.of(), Map.of(), List.of());
        }

        /** These sources plus a knowledge directory. */
        public Sources plusDirectory(Path directory) {
            return new Sources(plus(directories, directory), petrarch, countryCodes, bundledActors, bundledTriggers, verbs,
                    eventCodes, discards);
        }

        /** These sources plus a PETRARCH actor or agent dictionary, with more country codes to rewrite. */
        public Sources plusPetrarch(Path dictionary, Map<String, String> codes) {
            return new Sources(directories, plus(petrarch, dictionary), merged(countryCodes, codes), bundledActors,
                    bundledTriggers, verbs, eventCodes, discards);
        }

        /** These sources plus a PETRARCH verb dictionary, with more event codes to rewrite. */
        public Sources plusVerbs(Path dictionary, Map<String, String> codes) {
            return new Sources(directories, petrarch, countryCodes, bundledActors, bundledTriggers, plus(verbs, dictionary),
                    merged(eventCodes, codes), discards);
        }

        /** These sources plus a PETRARCH discard dictionary. */
        public Sources plusDiscards(Path dictionary) {
            return new Sources(directories, petrarch, countryCodes, bundledActors, bundledTriggers, verbs, eventCodes,
                    plus(discards, dictionary));
        }

        /** These sources without the bundled actor and place knowledge. */
        public Sources withoutBundledActors() {
            return new Sources(directories, petrarch, countryCodes, false, bundledTriggers, verbs, eventCodes, discards);
        }

        /** These sources without the bundled trigger lexicon. */
        public Sources withoutBundledTriggers() {
            return new Sources(directories, petrarch, countryCodes, bundledActors, false, verbs, eventCodes, discards);
        }

        private static List<Path> plus(List<Path> paths, Path path) {
            List<Path> all = new ArrayList<>(paths);
            all.add(path);
            return all;
        }

        private static Map<String, String> merged(Map<String, String> a, Map<String, String> b) {
            Map<String, String> all = new HashMap<>(a);
            all.putAll(b);
            return all;
        }
    }

    /** The knowledge from {@code sources}. */
    public static KnowledgeBase load(Sources sources) {
        List<Path> directories = sources.directories();
        Map<String, String> countryCodes = sources.countryCodes();
        KnowledgeBase kb = new KnowledgeBase();
        if (sources.bundledActors()) {
            kb.addModelVocabulary();
        }
        for (String file : List.of("demonyms.tsv", "titles.tsv", "groups.tsv", "metonyms.tsv", "people.tsv",
                "companies.tsv", "places.tsv", "events.tsv", "cues.tsv")) {
            boolean bundled = switch (file) {
                case "events.tsv" -> sources.bundledTriggers();
                case "cues.tsv" -> true;
                default -> sources.bundledActors();
            };
            if (bundled) {
                kb.addRows(file, BUNDLED + file, TabularResource.rows(KnowledgeBase.class.getResourceAsStream(BUNDLED + file),
                        BUNDLED + file, FILES.get(file)));
            }
            for (Path directory : directories) {
                Path path = directory.resolve(file);
                if (Files.isRegularFile(path)) {
                    kb.addRows(file, path.toString(), TabularResource.rows(path, FILES.get(file)));
                }
            }
        }
        for (Path dictionary : sources.petrarch()) {
            kb.entries.addAll(PetrarchDictionary.read(dictionary, countryCodes).entries());
        }
        for (Path dictionary : sources.verbs()) {
            kb.triggers.addAll(PetrarchVerbs.read(dictionary, sources.eventCodes()).triggers());
        }
        List<List<String>> sentenceDiscards = new ArrayList<>();
        List<List<String>> storyDiscards = new ArrayList<>();
        for (Path dictionary : sources.discards()) {
            Discards read = PetrarchDiscards.read(dictionary);
            sentenceDiscards.addAll(read.sentence());
            storyDiscards.addAll(read.story());
        }
        kb.discards = new Discards(sentenceDiscards, storyDiscards);
        kb.gazetteer = new Gazetteer(kb.entries);
        kb.triggerIndex = new TriggerIndex(kb.triggers);
        kb.cues = new Cues(kb.cueWords);
        kb.byKind = new java.util.EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            kb.byKind.put(kind, kb.entries.stream().filter(e -> e.kind() == kind).toList());
        }
        kb.peopleBySurname = new HashMap<>();
        for (Entry person : kb.byKind.get(Kind.PERSON)) {
            kb.peopleBySurname.computeIfAbsent(org.entente.extract.actor.PersonRegistry.surname(person.name(), person.country()),
                    k -> new ArrayList<>()).add(person);
        }
        return kb;
    }

    /** The actor and place gazetteer. */
    @Override
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The cue words that steer how phrases and triggers are read. */
    @Override
    public Cues cues() {
        return cues;
    }

    /** The phrases that cancel coding (PETRARCH discard dictionaries); none by default. */
    public Discards discards() {
        return discards;
    }

    /** The event trigger lexicon. */
    public TriggerIndex triggers() {
        return triggerIndex;
    }

    /** The title entry for a lower-case title phrase ("prime minister"), or null. */
    @Override
    public Entry title(String phrase) {
        return titles.get(phrase);
    }

    /** Whether a title names a head of state or government ("president", "prime minister", "leader"). */
    @Override
    public boolean isHeadTitle(String phrase) {
        return headTitles.contains(phrase);
    }

    /** All gazetteer entries of a kind. */
    @Override
    public List<Entry> entries(Kind kind) {
        return byKind.get(kind);
    }

    /** The known people whose family name is {@code surname}; empty if none. */
    @Override
    public List<Entry> peopleWithSurname(String surname) {
        return peopleBySurname.getOrDefault(surname, List.of());
    }

    private void addModelVocabulary() {
        for (Country c : Countries.all()) {
            add(c.name(), true, Kind.COUNTRY, c.name(), c.code(), null, null);
            c.names().forEach(n -> add(n, true, Kind.COUNTRY, c.name(), c.code(), null, null));
            c.demonyms().forEach(n -> add(n, true, Kind.DEMONYM, c.name(), c.code(), null, null));
            if (c.capital() != null) {
                addPlace(c.capital(), Kind.CAPITAL, c.capital(), c.code(), c.capitalLatitude(), c.capitalLongitude());
                c.capitalNames().forEach(n -> addPlace(n, Kind.CAPITAL, c.capital(), c.code(), c.capitalLatitude(), c.capitalLongitude()));
            }
        }
        for (Organization o : Organizations.all()) {
            add(o.name(), true, Kind.ORGANIZATION, o.name(), null, o.code(), null);
            o.names().forEach(n -> add(n, true, Kind.ORGANIZATION, o.name(), null, o.code(), null));
            if (UNSAFE_CODES.contains(o.code())) { // "The AU" opens a sentence; a safe code matches without "the"
                o.names().stream().filter(n -> n.startsWith("the "))
                        .forEach(n -> add("T" + n.substring(1), true, Kind.ORGANIZATION, o.name(), null, o.code(), null));
            }
            if (!UNSAFE_CODES.contains(o.code())) {
                add(o.code(), true, Kind.ORGANIZATION, o.name(), null, o.code(), null);
            }
        }
    }

    /**
     * Adds the rows of a knowledge file.
     *
     * @param file   the knowledge file's name ("people.tsv"), which says what its rows are
     * @param source where the rows come from, for messages
     * @throws IllegalArgumentException naming the source and line of a row whose values are not valid
     */
    private void addRows(String file, String source, List<TabularResource.Row> rows) {
        for (TabularResource.Row row : rows) {
            try {
                addRow(file, row.cells());
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                throw new IllegalArgumentException(source + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
    }

    private void addRow(String file, String[] r) {
        if (r[0].isEmpty()) {
            throw new IllegalArgumentException("the first column is empty");
        }
        switch (file) {
            case "demonyms.tsv" -> {
                // A shared country name ("Congo") replaces the model's single reading of it.
                List<String> tokens = tokens(r[0]);
                boolean countryName = entries.removeIf(e -> e.kind() == Kind.COUNTRY && e.tokens().equals(tokens));
                entries.add(entry(r[0], true, countryName ? Kind.COUNTRY : Kind.DEMONYM, r[0], null, null, null, null,
                        null, null, null, null, TabularResource.split(r[1], '|').stream().map(KnowledgeBase::country).toList()));
            }
            case "titles.tsv" -> {
                Entry title = entry(r[0].toLowerCase(Locale.ROOT), false, Kind.TITLE, r[0], null, null, role(r[1]),
                        null, null, null, null, null, List.of());
                entries.add(title);
                titles.put(String.join(" ", title.tokens()), title);
                if (r[2].equals("head")) {
                    headTitles.add(String.join(" ", title.tokens()));
                }
            }
            case "groups.tsv" -> entries.add(entry(r[0].toLowerCase(Locale.ROOT), false, Kind.GROUP, r[2], null, null,
                    role(r[1]), null, null, null, null, null, List.of()));
            case "metonyms.tsv" -> add(r[0], true, Kind.METONYM, r[0], r[1].isEmpty() ? null : country(r[1]),
                    r[2].isEmpty() ? null : Organizations.get(r[2]).code(), r[3].isEmpty() ? null : role(r[3]));
            case "people.tsv" -> {
                // An official of an international organisation acts for it: the column holds its code.
                boolean official = !Countries.isKnown(r[2]) && Organizations.isKnown(r[2]);
                String country = official ? null : country(r[2]);
                String organization = official ? Organizations.get(r[2]).code() : null;
                for (String name : names(r[0], r[1])) {
                    entries.add(new Entry(tokens(name), true, Kind.PERSON, r[0], country, organization, role(r[3]),
                            r[4].toLowerCase(Locale.ROOT), r[7].isEmpty() ? null : r[7], date(r[5]), date(r[6]),
                            null, null, List.of(), null));
                }
                headTitle(r[4]);
            }
            case "companies.tsv" -> names(r[0], r[1]).forEach(n -> add(n, true, Kind.COMPANY, r[0], country(r[2]), null, ActorRole.BUS));
            case "places.tsv" -> {
                // Checked here as extraction will build it, so that a bad coordinate fails with its line.
                Place place = new Place(r[0], country(r[2]), TabularResource.decimalOrNull(r[3]), TabularResource.decimalOrNull(r[4]));
                names(r[0], r[1]).forEach(n -> addPlace(n, Kind.PLACE, place.name(), place.country(), place.lat(), place.lon()));
            }
            case "events.tsv" -> triggers.add(trigger(r));
            case "cues.tsv" -> cueWords.computeIfAbsent(Cue.ofLabel(r[1]), k -> new java.util.HashSet<>())
                    .add(r[0].toLowerCase(Locale.ROOT));
            default -> throw new IllegalStateException("Unknown knowledge file " + file);
        }
    }

    private void headTitle(String title) {
        // People's titles count as known titles too, so "Supreme Leader Kim Jong Un" parses.
        String key = title.toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && !titles.containsKey(key)) {
            Entry entry = entry(key, false, Kind.TITLE, title, null, null, ActorRole.GOV, null, null, null, null, null, List.of());
            entries.add(entry);
            titles.put(String.join(" ", entry.tokens()), entry);
        }
    }

    private Trigger trigger(String[] r) {
        List<List<String>> forms = TabularResource.split(r[0], '|').stream()
                .map(f -> tokens(f.toLowerCase(Locale.ROOT))).toList();
        // Objects are base forms; any regular inflection of one licenses the trigger ("sanctions").
        Set<String> objects = TabularResource.split(r[1].toLowerCase(Locale.ROOT), '|').stream()
                .flatMap(o -> Inflections.of(o).stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        boolean noun = switch (r[2]) {
            case "N" -> true;
            case "V" -> false;
            default -> throw new IllegalArgumentException("events.tsv: part of speech must be V or N, was " + r[2]);
        };
        CameoCode code = Cameo.code(r[5]);
        String cameo = code.code();
        if (r[3].isEmpty()) {
            // No coding given: the code's own, from PLOVER's table.
            PloverCoding coding = code.ploverCoding().orElseThrow(() -> new IllegalArgumentException(
                    "events.tsv: CAMEO " + cameo + " has no PLOVER type; give one"));
            return new Trigger(forms, objects, noun, coding.type(), coding.mode(), cameo, coding.contexts(),
                    Set.copyOf(TabularResource.split(r[7], ',')));
        }
        EventType type = EventType.ofName(r[3]);
        Mode mode = r[4].isEmpty() ? null : Mode.ofLabel(r[4]);
        List<Context> contexts = TabularResource.split(r[6], ';').stream().map(Context::ofLabel).toList();
        Set<String> flags = Set.copyOf(TabularResource.split(r[7], ','));
        return new Trigger(forms, objects, noun, type, mode, cameo, contexts, flags);
    }

    private void add(String phrase, boolean caseSensitive, Kind kind, String name, String country, String organization,
                     ActorRole role) {
        entries.add(entry(phrase, caseSensitive, kind, name, country, organization, role, null, null, null, null, null, List.of()));
    }

    private void addPlace(String phrase, Kind kind, String name, String country, Double lat, Double lon) {
        entries.add(entry(phrase, true, kind, name, country, null, kind == Kind.CAPITAL ? ActorRole.GOV : null,
                null, null, null, lat, lon, List.of()));
    }

    private Entry entry(String phrase, boolean caseSensitive, Kind kind, String name, String country, String organization,
                        ActorRole role, String id, LocalDate from, LocalDate to, Double lat, Double lon, List<String> countries) {
        return new Entry(tokens(phrase), caseSensitive, kind, name, country, organization, role, null, id, from, to, lat, lon,
                countries, null);
    }

    private List<String> tokens(String phrase) {
        Function<Token, String> text = Token::text;
        return tokenizer.tokenize(phrase, 0).stream().map(text).toList();
    }

    private static List<String> names(String name, String aliases) {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(TabularResource.split(aliases, '|'));
        return all;
    }

    private static String country(String code) {
        return Countries.get(code).code();
    }

    private static ActorRole role(String code) {
        return code.isEmpty() ? null : ActorRole.ofCode(code);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }
}
