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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.Extractor;
import org.entente.extract.Knowledge;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.actor.Actor;
import org.entente.model.actor.Countries;

/**
 * Runs the PETRARCH validation suite ({@code PETR.UnitTest.records.xml}) with its own actor and agent
 * dictionaries. Its actors are fictional countries (Arnor, Gondor) and retired CAMEO codes, which
 * Entente's model does not accept, so for the run each such code stands in for an unused ISO code of
 * a small territory, and is mapped back before comparing. A record passes when Entente produces
 * every expected (source, target, CAMEO code) triple, or nothing where none is expected; a looser
 * count compares CAMEO roots only. Entente's own trigger lexicon is used, not PETRARCH's verbs.
 */
final class PetrarchReport {
    /** Territories whose names never occur in the suite, used as stand-ins for its fictional countries. */
    private static final List<String> STAND_INS = List.of("ABW", "AIA", "ALA", "ASM", "ATA", "ATF", "BES", "BLM", "BMU", "BVT",
            "CCK", "COK", "CUW", "CXR", "CYM", "FLK", "FRO", "GGY", "GIB", "GLP", "GRL", "GUF", "GUM", "HMD", "IMN", "IOT",
            "JEY", "MAF", "MNP", "MSR", "MTQ", "MYT", "NCL", "NFK", "NIU", "PCN", "PYF", "REU", "SGS", "SHN", "SJM", "SPM",
            "SXM", "TCA", "TKL", "UMI", "VGB", "VIR", "WLF", "AND", "LIE", "MCO", "SMR", "TUV", "NRU", "PLW", "MHL", "FSM",
            "KIR", "ESH");
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\s([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\s([^>]*?)/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("\\[\\s*~?([A-Za-z0-9+#-]{3})");

    /** The counts of a run. */
    record Result(int records, int withEvents, int withoutEvents, int errorCases, int passed, int passedByRoot,
                  int silentPassed, List<String> failures) {
    }

    private PetrarchReport() {
    }

    static Result run(Path directory) throws IOException {
        Path records = directory.resolve("PETR.UnitTest.records.xml");
        Path actors = directory.resolve("PETR.Validate.actors.txt");
        Path agents = directory.resolve("PETR.Validate.agents.txt");
        String xml = Files.readString(records, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        Map<String, String> toIso = standIns(Files.readString(actors, StandardCharsets.ISO_8859_1) + xml);
        Map<String, String> back = new LinkedHashMap<>();
        toIso.forEach((fictional, iso) -> back.put(iso, fictional));
        Extractor extractor = Extractor.of(Knowledge.standard().withPetrarchDictionary(actors, toIso)
                .withPetrarchDictionary(agents, toIso));
        int total = 0;
        int withEvents = 0;
        int without = 0;
        int errors = 0;
        int passed = 0;
        int byRoot = 0;
        int silent = 0;
        List<String> failures = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(xml);
        while (sentence.find()) {
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
            LocalDate date = LocalDate.parse(attributes.getOrDefault("date", "20000101"), DateTimeFormatter.BASIC_ISO_DATE);
            String text = textMatcher.group(1).strip().replaceAll("\\s+", " ");
            List<Event> events = extractor.extract(Article.of(attributes.getOrDefault("id", "record"), text).withPublished(date)).events();
            Set<String> produced = triples(events, back, false);
            Set<String> producedRoots = triples(events, back, true);
            boolean none = codings.stream().allMatch(c -> "True".equalsIgnoreCase(c.get("noevents")));
            if (none) {
                without++;
                if (events.isEmpty()) {
                    silent++;
                } else {
                    failures.add(attributes.getOrDefault("id", "record") + ": expected no event, got " + produced + " from: " + text);
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
                failures.add(attributes.get("id") + ": expected " + expected + ", got " + produced);
            }
            if (producedRoots.containsAll(expectedRoots)) {
                byRoot++;
            }
        }
        return new Result(total, withEvents, without, errors, passed, byRoot, silent, failures);
    }

    /** Every three-letter code the suite uses that is not an ISO country, mapped to a stand-in. */
    private static Map<String, String> standIns(String text) {
        Set<String> codes = new TreeSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group(1).toUpperCase(Locale.ROOT));
        }
        Matcher attributes = Pattern.compile("(?:sourcecode|targetcode)=\"([A-Za-z]{3})").matcher(text);
        while (attributes.find()) {
            codes.add(attributes.group(1).toUpperCase(Locale.ROOT));
        }
        Map<String, String> map = new LinkedHashMap<>();
        int next = 0;
        for (String code : codes) {
            if (!code.matches("[A-Z]{3}") || Countries.isKnown(code) || code.equals("IGO") || next >= STAND_INS.size()) {
                continue;
            }
            map.put(code, STAND_INS.get(next++));
        }
        return map;
    }

    private static Set<String> triples(List<Event> events, Map<String, String> back, boolean roots) {
        Set<String> triples = new HashSet<>();
        for (Event e : events) {
            String code = roots ? e.cameo().substring(0, 2) : e.cameo();
            List<Actor> targets = e.target().isEmpty() ? e.source() : e.target();
            for (Actor s : e.source()) {
                for (Actor t : targets) {
                    if (!s.equals(t)) {
                        triples.add(code(s, back) + " " + code(t, back) + " " + code);
                    }
                }
            }
        }
        return triples;
    }

    private static String code(Actor actor, Map<String, String> back) {
        String code = actor.code();
        if (actor.country() != null && back.containsKey(actor.country())) {
            return back.get(actor.country()) + code.substring(3);
        }
        return code;
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
        out.printf(Locale.ROOT, "passed, exact CAMEO codes  %d/%d = %.3f%n", r.passed(), r.withEvents(), (double) r.passed() / r.withEvents());
        out.printf(Locale.ROOT, "passed, CAMEO roots        %d/%d = %.3f%n", r.passedByRoot(), r.withEvents(),
                (double) r.passedByRoot() / r.withEvents());
        out.printf(Locale.ROOT, "no-event records kept silent %d/%d%n", r.silentPassed(), r.withoutEvents());
        if (verbose) {
            r.failures().forEach(out::println);
        }
    }
}
