package org.entente.extract.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.entente.extract.TextFormat;
import org.entente.extract.event.EventMentionFinder;
import org.entente.extract.assemble.EventAssembler;
import org.entente.extract.pipeline.Document;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.actor.Actor;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Organizations;
import org.entente.model.cameo.Cameo;

/**
 * Runs the PETRARCH validation suite ({@code PETR.UnitTest.records.xml}). In the suite's own mode the
 * extractor knows only the suite's four dictionaries ({@code PETR.Validate.actors/agents/verbs/discards.txt}):
 * none of Entente's trigger lexicon, and none of its bundled actors (the model's country names
 * included), as PETRARCH knows only its dictionaries; in the built-in mode it uses Entente's lexicon with the
 * suite's actors and agents.
 *
 * <p>The suite's actors are fictional countries (Arnor, Gondor) and retired CAMEO codes, and many of
 * its event codes are made up for the tests (901, 345, 174K); Entente's model accepts neither, so for
 * the run each such code stands in for an unused ISO code of a small territory or an unused CAMEO
 * code, and is mapped back before comparing. A record passes when Entente produces every expected
 * (source, target, code) triple, or nothing where none is expected; a looser count compares CAMEO
 * roots only. An event without a target stands for its sources acting on each other ("A and B
 * agreed"). The 7 error cases (input PETRARCH must reject) are skipped.
 */
final class PetrarchReport {
    /** Territories whose names never occur in the suite, used as stand-ins for its fictional countries. */
    private static final List<String> STAND_INS = List.of("ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT",
            "CCK", "COK", "CUW", "CXR", "CYM", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HMD", "IMN", "IOT",
            "JEY", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PYF", "REU", "SGS", "SHN", "SJM", "SPM",
            "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF", "AND", "LIE", "MCO", "SMR", "TUV", "NRU", "PLW", "MHL", "FSM",
            "KIR", "ESH");
    private static final Pattern SENTENCE_OR_CONFIG = Pattern.compile(
            "<Sentence\\s([^>]*)>(.*?)</Sentence>|<Config\\s([^>]*?)/?>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern EVENT_CODE = Pattern.compile("\\d{2,4}[A-Za-z?]*");

    /** Which knowledge codes the suite. */
    enum Mode {
        /** The suite's own actor, agent, verb and discard dictionaries, without Entente's trigger lexicon. */
        SUITE("the suite's dictionaries (actors, agents, verbs, discards) and none of Entente's lexicon or actors"),
        /** Entente's built-in trigger lexicon with the suite's actors and agents. */
        BUILT_IN("Entente's built-in trigger lexicon with the suite's actors and agents");

        final String description;

        Mode(String description) {
            this.description = description;
        }
    }

    /**
     * The counts of a run.
     *
     * @param failures         one line per failed record
     * @param failuresByCause  the failed records' ids by cause ("no trigger found", "wrong code", ...)
     */
    record Result(Mode mode, int records, int withEvents, int withoutEvents, int errorCases, int passed, int passedByRoot,
                  int silentPassed, List<String> failures, Map<String, List<String>> failuresByCause) {
    }

    private PetrarchReport() {
    }

    /** Runs the suite in {@code directory} with its own dictionaries. */
    static Result run(Path directory) throws IOException {
        return run(directory, Mode.SUITE);
    }

    /**
     * The extractors a mode runs the suite with (PETRARCH's {@code require_dyad} true, and false when a
     * {@code <Config>} element of the suite sets it so), and how to map codes back to the suite's.
     */
    record Setup(Extractor extractor, Extractor oneSided, Map<String, String> countriesBack, Map<String, String> codesBack,
                 String xml) {
        /** The extractor for the options the suite has set so far. */
        Extractor extractor(Map<String, String> options) {
            return "false".equalsIgnoreCase(options.getOrDefault("require_dyad", "true")) ? oneSided : extractor;
        }
    }

    static Setup setup(Path directory, Mode mode) throws IOException {
        Path records = directory.resolve("PETR.UnitTest.records.xml");
        Path actors = directory.resolve("PETR.Validate.actors.txt");
        Path agents = directory.resolve("PETR.Validate.agents.txt");
        Path verbs = directory.resolve("PETR.Validate.verbs.txt");
        Path discards = directory.resolve("PETR.Validate.discards.txt");
        String xml = Files.readString(records, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        Map<String, String> toIso = standIns(Files.readString(actors, StandardCharsets.ISO_8859_1) + xml);
        Map<String, String> back = new LinkedHashMap<>();
        toIso.forEach((fictional, iso) -> back.put(iso, fictional));
        // PETRARCH codes a sentence only through its dyads: no one-sided fallback event
        Knowledge knowledge = Knowledge.standard().withOneSidedFallback(false);
        Map<String, String> codesBack = new LinkedHashMap<>();
        if (mode == Mode.SUITE) {
            Map<String, String> toCameo = eventStandIns(Files.readString(verbs, StandardCharsets.ISO_8859_1), xml);
            toCameo.forEach((written, cameo) -> codesBack.put(cameo, written));
            knowledge = knowledge.withoutBundledTriggers().withoutBundledActors().withPetrarchVerbs(verbs, toCameo)
                    .withPetrarchDiscards(discards);
        }
        knowledge = knowledge.withPetrarchDictionary(actors, toIso).withPetrarchAgents(agents);
        return new Setup(Extractor.of(knowledge), Extractor.of(knowledge.withOneSidedPetrarchEvents(true)), back, codesBack, xml);
    }

    /** The suite's triples for the events of {@code text}, as the report compares them. */
    static Set<String> code(Setup setup, String text, LocalDate date) {
        Document document = setup.extractor().analyse(Article.of("x", text).withPublished(date), TextFormat.TEXT);
        return triples(document.get(EventAssembler.EVENTS).events(), setup.countriesBack(), setup.codesBack(), false);
    }

    static Result run(Path directory, Mode mode) throws IOException {
        Setup setup = setup(directory, mode);
        String xml = setup.xml();
        Map<String, String> options = new java.util.HashMap<>();
        Map<String, String> back = setup.countriesBack();
        Map<String, String> codesBack = setup.codesBack();
        int total = 0;
        int withEvents = 0;
        int without = 0;
        int errors = 0;
        int passed = 0;
        int byRoot = 0;
        int silent = 0;
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> causes = new TreeMap<>();
        Matcher sentence = SENTENCE_OR_CONFIG.matcher(xml);
        while (sentence.find()) {
            if (sentence.group(3) != null) {
                // <Config option="require_dyad" value="false">: applies to the records after it
                Map<String, String> option = attributes(sentence.group(3));
                options.put(option.getOrDefault("option", "").toLowerCase(Locale.ROOT), option.getOrDefault("value", ""));
                continue;
            }
            Extractor extractor = setup.extractor(options);
            Map<String, String> attributes = attributes(sentence.group(1));
            String body = sentence.group(2);
            Matcher textMatcher = TEXT.matcher(body);
            if (!textMatcher.find()) {
                continue;
            }
            total++;
            List<Map<String, String>> codings = new ArrayList<>();
            Matcher coding = CODING.matcher(body);
            while (coding.find()) {
                codings.add(attributes(coding.group(1)));
            }
            if (codings.stream().anyMatch(c -> c.containsKey("error"))) {
                errors++;
                continue;
            }
            String id = attributes.getOrDefault("id", "record");
            LocalDate date = LocalDate.parse(attributes.getOrDefault("date", "20000101"), DateTimeFormatter.BASIC_ISO_DATE);
            // PETRARCH codes the record's parse, whose tokens split what the text joins with '_' ("Dol_Amroth")
            String text = textMatcher.group(1).strip().replaceAll("\\s+", " ").replace("&amp;", "&").replace('_', ' ');
            Document document = extractor.analyse(Article.of(id, text).withPublished(date), TextFormat.TEXT);
            List<Event> events = document.get(EventAssembler.EVENTS).events();
            boolean triggered = !document.get(EventMentionFinder.EVENT_MENTIONS).isEmpty();
            Set<String> produced = triples(events, back, codesBack, false);
            Set<String> producedRoots = triples(events, back, codesBack, true);
            boolean none = codings.stream().allMatch(c -> "True".equalsIgnoreCase(c.get("noevents")));
            if (none) {
                without++;
                if (events.isEmpty()) {
                    silent++;
                } else {
                    failures.add(id + ": expected no event, got " + produced + " from: " + text);
                    causes.computeIfAbsent("event where none is expected", k -> new ArrayList<>()).add(id);
                }
                continue;
            }
            withEvents++;
            Set<String> expected = new TreeSet<>();
            Set<String> expectedRoots = new TreeSet<>();
            for (Map<String, String> c : codings) {
                if (c.containsKey("eventcode")) {
                    String code = c.get("eventcode");
                    expected.add(c.get("sourcecode") + " " + c.get("targetcode") + " " + code);
                    expectedRoots.add(c.get("sourcecode") + " " + c.get("targetcode") + " " + code.substring(0, Math.min(2, code.length())));
                }
            }
            if (produced.containsAll(expected)) {
                passed++;
            } else {
                String cause = cause(expected, produced, triggered);
                failures.add(id + ": " + cause + ": expected " + expected + ", got " + produced + " from: " + text);
                causes.computeIfAbsent(cause, k -> new ArrayList<>()).add(id);
            }
            if (producedRoots.containsAll(expectedRoots)) {
                byRoot++;
            }
        }
        return new Result(mode, total, withEvents, without, errors, passed, byRoot, silent, failures, causes);
    }

    /** Why a record failed, judged on its first expected triple that was not produced. */
    private static String cause(Set<String> expected, Set<String> produced, boolean triggered) {
        for (String triple : expected) {
            String[] e = triple.split(" ");
            if (!representable(e[0]) || !representable(e[1])) {
                return "expected actor code Entente cannot represent (null, ###, a quoted noun phrase)";
            }
        }
        for (String triple : expected) {
            if (produced.contains(triple)) {
                continue;
            }
            String[] e = triple.split(" ");
            if (produced.isEmpty()) {
                return triggered ? "trigger found, but no event with both sides" : "no trigger found";
            }
            boolean sameDyad = false;
            boolean sameRoot = false;
            boolean sameSource = false;
            boolean sameTarget = false;
            boolean sameCode = false;
            for (String p : produced) {
                String[] q = p.split(" ");
                if (q[0].equals(e[0]) && q[1].equals(e[1])) {
                    sameDyad = true;
                    sameRoot |= q[2].substring(0, 2).equals(e[2].substring(0, Math.min(2, e[2].length())));
                }
                sameCode |= q[2].equals(e[2]);
                sameSource |= q[2].equals(e[2]) && q[0].equals(e[0]);
                sameTarget |= q[2].equals(e[2]) && q[1].equals(e[1]);
            }
            if (sameDyad) {
                return sameRoot ? "wrong code (right root)" : "wrong code";
            }
            if (sameSource) {
                return "wrong target";
            }
            if (sameTarget) {
                return "wrong source";
            }
            if (sameCode) {
                return "wrong source and target";
            }
            return "wrong code and actors";
        }
        return "";
    }

    /**
     * Whether Entente can produce a suite actor code: any code of letters, digits and '-' (a
     * dictionary's finer code, "---GOV"); not PETRARCH's "null", the discard code "###" or a noun
     * phrase in quotes, which it writes for actors no dictionary names.
     */
    private static boolean representable(String code) {
        return code.matches("[A-Z0-9-]{3," + Actor.MAX_CODE_LENGTH + "}");
    }

    /** Every three-letter code the suite uses that is not an ISO country, mapped to a stand-in. */
    private static Map<String, String> standIns(String text) {
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            for (String alternative : m.group(1).strip().split("\\s+")[0].split("/")) { // [FRO/BIL/SAM]
                String code = alternative.replace("~", "").strip();
                if (code.length() >= 3) {
                    codes.add(code.substring(0, 3).toUpperCase(Locale.ROOT));
                }
            }
        }
        Matcher attributes = Pattern.compile("(?:sourcecode|targetcode)=\"([A-Za-z]{3})").matcher(text);
        while (attributes.find()) {
            codes.add(attributes.group(1).toUpperCase(Locale.ROOT));
        }
        Map<String, String> map = new LinkedHashMap<>();
        List<String> free = STAND_INS.stream().filter(c -> !codes.contains(c)).toList(); // the suite writes FRO for Frodo
        int next = 0;
        for (String code : codes) {
            if (!code.matches("[A-Z]{3}") || Countries.isKnown(code) || code.equals("IGO") || next >= free.size()) {
                continue;
            }
            map.put(code, free.get(next++));
        }
        return map;
    }

    /**
     * Every event code the suite's verb dictionary or records write that is not a CAMEO code with a
     * PLOVER coding (901, 174K, 075A, 010), mapped to a CAMEO code that neither uses: the suite's
     * made-up codes, as its made-up countries, stand in for real ones during the run.
     */
    private static Map<String, String> eventStandIns(String verbs, String xml) {
        Set<String> written = new TreeSet<>();
        Matcher brackets = Pattern.compile("\\[([^\\]]*)\\]").matcher(verbs);
        while (brackets.find()) {
            for (String part : brackets.group(1).split(":")) {
                written.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        Matcher expected = Pattern.compile("eventcode=\"([^\"]*)\"").matcher(xml);
        while (expected.find()) {
            written.add(expected.group(1).strip().toUpperCase(Locale.ROOT));
        }
        Set<String> used = new HashSet<>();
        List<String> foreign = new ArrayList<>();
        for (String code : written) {
            if (!EVENT_CODE.matcher(code).matches()) {
                continue; // "---", and non-codes such as "+++" or "def", which the reader skips
            }
            used.add(code.replaceAll("[^0-9]", ""));
            if (Cameo.find(code).filter(c -> c.ploverCoding().isPresent()).isEmpty()) {
                foreign.add(code);
            }
        }
        List<String> free = Cameo.codes().stream().filter(c -> c.ploverCoding().isPresent() && c.code().length() == 4)
                .map(c -> c.code()).filter(c -> !used.contains(c) && !used.contains(c.substring(0, 3))).toList();
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < foreign.size() && i < free.size(); i++) {
            map.put(foreign.get(i), free.get(i));
        }
        return map;
    }

    private static Set<String> triples(List<Event> events, Map<String, String> back, Map<String, String> codesBack, boolean roots) {
        Set<String> triples = new HashSet<>();
        for (Event e : events) {
            String written = codesBack.getOrDefault(e.cameo(), e.cameo());
            String code = roots ? written.substring(0, Math.min(2, written.length())) : written;
            List<Actor> targets = e.target().isEmpty() ? e.source() : e.target();
            for (Actor s : e.source()) {
                if (e.target().isEmpty()) {
                    triples.add(code(s, back) + " --- " + code); // PETRARCH's "---": no target
                }
                for (Actor t : targets) {
                    if (!s.equals(t)) {
                        triples.add(code(s, back) + " " + code(t, back) + " " + code);
                    }
                }
            }
        }
        return triples;
    }

    /**
     * The suite's code for an actor: each three-letter part that stands in for a fictional country
     * mapped back ("NGO" + stand-in for ARN), and an actor with neither country nor organisation
     * written as PETRARCH writes it, with "---" for the country ("---GOV").
     */
    private static String code(Actor actor, Map<String, String> back) {
        String code = actor.code();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += 3) {
            String part = code.substring(i, Math.min(code.length(), i + 3));
            out.append(back.getOrDefault(part, part));
        }
        boolean unattached = actor.country() == null && actor.organization() == null && !code.startsWith("---");
        return unattached ? "---" + out : out.toString();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2));
        }
        return attributes;
    }

    static void print(Result r, PrintStream out, boolean verbose) {
        out.printf(Locale.ROOT, "PETRARCH validation suite: %d records (%d with events, %d without, %d error cases skipped)%n",
                r.records(), r.withEvents(), r.withoutEvents(), r.errorCases());
        out.printf(Locale.ROOT, "coded with %s%n", r.mode().description);
        out.printf(Locale.ROOT, "passed, exact CAMEO codes  %d/%d = %.3f%n", r.passed(), r.withEvents(), (double) r.passed() / r.withEvents());
        out.printf(Locale.ROOT, "passed, CAMEO roots        %d/%d = %.3f%n", r.passedByRoot(), r.withEvents(),
                (double) r.passedByRoot() / r.withEvents());
        out.printf(Locale.ROOT, "no-event records kept silent %d/%d%n", r.silentPassed(), r.withoutEvents());
        out.println("failures by cause:");
        r.failuresByCause().entrySet().stream()
                .sorted((a, b) -> b.getValue().size() - a.getValue().size())
                .forEach(c -> out.printf(Locale.ROOT, "  %3d  %s: %s%n", c.getValue().size(), c.getKey(),
                        String.join(" ", c.getValue())));
        if (verbose) {
            r.failures().forEach(out::println);
        }
    }

    /** One line with a run's figures, for the mode not reported in full. */
    static void printSummary(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "with %s: exact %d/%d = %.3f, by root %d/%d = %.3f, silent %d/%d%n", r.mode().description,
                r.passed(), r.withEvents(), (double) r.passed() / r.withEvents(), r.passedByRoot(), r.withEvents(),
                (double) r.passedByRoot() / r.withEvents(), r.silentPassed(), r.withoutEvents());
    }
}
