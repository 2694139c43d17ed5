package org.entente.extract.cli;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.actor.Actor;

/**
 * Scores the extractor on a development set laid out like {@code ../shared/devset}: {@code gold/*.gold.json}
 * and {@code articles/}. Each gold file's article is extracted in-process as the set's {@code run.sh} runs
 * the command line (its {@code published} date; HTML when its {@code format} says so, or, without one,
 * when the name ends in {@code .html}), and scored with the rules of the set's {@code score.py}, so that
 * both print the same counts:
 * <ul>
 * <li>an event is keyed by (type, source, target) per article; CONSULT, AGREE and COOPERATE, and gold
 *     events marked {@code mutual}, match in either direction; a gold event's {@code alt_types} match too;</li>
 * <li>each predicted source x target pair is one key, and a predicted event with two or more sources and no
 *     target stands for the pairs among its sources (PLOVER's joint actions); keys are de-duplicated per
 *     article;</li>
 * <li>a key that matches a core gold event is a hit, one that matches only optional ones is neutral, one that
 *     matches nothing is a false alarm; a core gold event that no key matches is a miss;</li>
 * <li>modality and date (exact day) are compared on the first predicted event that matched each hit.</li>
 * </ul>
 */
final class DevsetReport {
    private static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
    /** score.py's normalisation of organisation names and codes. */
    private static final Map<String, String> ORGS = Map.ofEntries(Map.entry("UN", "UNO"), Map.entry("UNO", "UNO"),
            Map.entry("UNITED NATIONS", "UNO"), Map.entry("UNHCR", "UNO"), Map.entry("UNSC", "UNO"), Map.entry("EU", "EUR"),
            Map.entry("EUR", "EUR"), Map.entry("EUROPEAN UNION", "EUR"), Map.entry("NATO", "NAT"), Map.entry("NAT", "NAT"),
            Map.entry("ASEAN", "ASN"), Map.entry("ASN", "ASN"), Map.entry("AU", "AFU"), Map.entry("AFU", "AFU"),
            Map.entry("AFRICAN UNION", "AFU"), Map.entry("IAEA", "IAE"), Map.entry("IAE", "IAE"), Map.entry("APEC", "APC"),
            Map.entry("G7", "G7"), Map.entry("G20", "G20"), Map.entry("ECOWAS", "WAS"), Map.entry("WAS", "WAS"));

    /** A key an event can match under: directed, or undirected with its two sides in order. */
    record Key(boolean undirected, String type, String source, String target) {
        static Key directed(String type, String source, String target) {
            return new Key(false, type, source, target);
        }

        static Key undirected(String type, String a, String b) {
            return a.compareTo(b) <= 0 ? new Key(true, type, a, b) : new Key(true, type, b, a);
        }
    }

    /** One gold event. */
    record Gold(String type, String source, String target, List<String> altTypes, boolean mutual, boolean core,
                String modality, String date, String why) {
        /** The keys it can be matched under: its type and each alternative type. */
        Set<Key> keys() {
            boolean directionFree = mutual || SYMMETRIC.contains(type);
            Set<Key> keys = new LinkedHashSet<>();
            List<String> types = new ArrayList<>(List.of(type));
            types.addAll(altTypes);
            for (String t : types) {
                keys.add(directionFree || SYMMETRIC.contains(t) ? Key.undirected(t, source, target) : Key.directed(t, source, target));
            }
            return keys;
        }

        @Override
        public String toString() {
            return type + " " + source + " -> " + target + (mutual ? " (mutual)" : "");
        }
    }

    /** One predicted key, or the keys of one pair of a joint action, with how to show it. */
    record Item(Set<Key> keys, String label) {
    }

    /** Hits, false alarms and misses. */
    record Counts(int tp, int fp, int fn) {
        static final Counts HIT = new Counts(1, 0, 0);
        static final Counts FALSE_ALARM = new Counts(0, 1, 0);
        static final Counts MISS = new Counts(0, 0, 1);

        Counts plus(Counts other) {
            return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
        }
    }

    /** The scores of a run, with the extractions scored (article name to extraction, in name order). */
    record Result(Map<String, Counts> byArticle, Map<String, Counts> byType, int modalityRight, int modalityCount,
                  int dateRight, int dateCount, List<String> misses, List<String> falseAlarms,
                  Map<String, Extraction> extractions) {
        Counts total() {
            return byArticle.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        }

        double precision() {
            Counts t = total();
            return t.tp() + t.fp() == 0 ? 0 : (double) t.tp() / (t.tp() + t.fp());
        }

        double recall() {
            Counts t = total();
            return t.tp() + t.fn() == 0 ? 0 : (double) t.tp() / (t.tp() + t.fn());
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The running totals of {@link #run}. */
    private static final class Tally {
        final Map<String, Counts> byArticle = new LinkedHashMap<>();
        final Map<String, Counts> byType = new TreeMap<>();
        final List<String> misses = new ArrayList<>();
        final List<String> falseAlarms = new ArrayList<>();
        int modalityRight;
        int modalityCount;
        int dateRight;
        int dateCount;
    }

    private DevsetReport() {
    }

    /** Extracts every article that {@code devset/gold} annotates and scores the events. */
    static Result run(Extractor extractor, Path devset) throws IOException {
        Map<String, Map<String, Object>> golds = new TreeMap<>();
        Jsonb jsonb = Main.jsonb();
        try (Stream<Path> files = Files.list(devset.resolve("gold"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".gold.json")).toList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = jsonb.fromJson(Files.readString(file), LinkedHashMap.class);
                golds.put((String) doc.get("article"), doc);
            }
        } catch (jakarta.json.bind.JsonbException | ClassCastException e) {
            throw new IllegalArgumentException("malformed gold file in " + devset.resolve("gold") + ": " + e.getMessage(), e);
        } finally {
            Main.close(jsonb);
        }
        Tally tally = new Tally();
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Object>> entry : golds.entrySet()) {
            String name = entry.getKey();
            Extraction extraction = extract(extractor, devset.resolve("articles").resolve(name), entry.getValue());
            extractions.put(name, extraction);
            score(name, gold(entry.getValue()), extraction.events(), tally);
        }
        return new Result(tally.byArticle, tally.byType, tally.modalityRight, tally.modalityCount, tally.dateRight,
                tally.dateCount, tally.misses, tally.falseAlarms, extractions);
    }

    /** The extraction of one article as run.sh asks the command line for it. */
    private static Extraction extract(Extractor extractor, Path file, Map<String, Object> doc) throws IOException {
        String name = file.getFileName().toString();
        String format = doc.get("format") instanceof String f && !f.isEmpty() ? f : name.endsWith(".html") ? "html" : "text";
        LocalDate published = doc.get("published") instanceof String p && !p.isEmpty() ? LocalDate.parse(p) : null;
        return extractor.extract(new Article(name, null, Main.read(file), null, published, null),
                format.equals("html") ? TextFormat.HTML : TextFormat.TEXT);
    }

    @SuppressWarnings("unchecked")
    private static List<Gold> gold(Map<String, Object> doc) {
        List<Gold> gold = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) doc.get("events")) {
            List<String> alt = e.get("alt_types") instanceof List<?> list ? (List<String>) list : List.of();
            gold.add(new Gold((String) e.get("type"), (String) e.get("source"), (String) e.get("target"), alt,
                    Boolean.TRUE.equals(e.get("mutual")), !e.containsKey("core") || Boolean.TRUE.equals(e.get("core")),
                    (String) e.getOrDefault("modality", "asserted"), (String) e.get("date"), (String) e.get("why")));
        }
        return gold;
    }

    private static void score(String article, List<Gold> gold, List<Event> predicted, Tally tally) {
        Map<Key, Integer> index = new HashMap<>(); // a core event wins a key over an optional one
        for (int i = 0; i < gold.size(); i++) {
            for (Key k : gold.get(i).keys()) {
                Integer old = index.get(k);
                if (old == null || gold.get(i).core() && !gold.get(old).core()) {
                    index.put(k, i);
                }
            }
        }
        Map<Integer, Event> found = new HashMap<>(); // core gold event -> the first predicted event matching it
        Set<Set<Key>> seen = new HashSet<>();
        Counts counts = new Counts(0, 0, 0);
        for (Event e : predicted) {
            for (Item item : items(e)) {
                if (!seen.add(item.keys())) {
                    continue;
                }
                List<Integer> hits = item.keys().stream().filter(index::containsKey).map(index::get).toList();
                hits.stream().filter(i -> gold.get(i).core()).forEach(i -> found.putIfAbsent(i, e));
                if (hits.isEmpty()) {
                    counts = counts.plus(Counts.FALSE_ALARM);
                    tally.byType.merge(e.type().name(), Counts.FALSE_ALARM, Counts::plus);
                    tally.falseAlarms.add(article + "  " + item.label() + "  ("
                            + (e.evidence().isEmpty() ? "" : e.evidence().get(0).text()) + ")");
                }
            }
        }
        // a gold event listed twice under the same keys counts once
        Map<Set<Key>, Integer> distinct = new LinkedHashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).core()) {
                distinct.putIfAbsent(gold.get(i).keys(), i);
            }
        }
        for (Map.Entry<Set<Key>, Integer> entry : distinct.entrySet()) {
            Gold g = gold.get(entry.getValue());
            Event match = null;
            for (int j = 0; j < gold.size() && match == null; j++) {
                if (gold.get(j).core() && gold.get(j).keys().equals(entry.getKey())) {
                    match = found.get(j);
                }
            }
            if (match == null) {
                counts = counts.plus(Counts.MISS);
                tally.byType.merge(g.type(), Counts.MISS, Counts::plus);
                tally.misses.add(article + "  " + g + "  (" + g.why() + ")");
                continue;
            }
            counts = counts.plus(Counts.HIT);
            tally.byType.merge(g.type(), Counts.HIT, Counts::plus);
            tally.modalityCount++;
            if (match.modality().name().toLowerCase(Locale.ROOT).equals(g.modality())) {
                tally.modalityRight++;
            }
            if (g.date() != null && !g.date().isEmpty()) {
                tally.dateCount++;
                if (match.date() != null && match.date().toString().equals(g.date())) {
                    tally.dateRight++;
                }
            }
        }
        tally.byArticle.put(article, counts);
    }

    /** The keys a predicted event offers, one item per source x target pair or per pair of joint sources. */
    private static List<Item> items(Event e) {
        String t = e.type().name();
        List<String> sources = codes(e.source());
        List<String> targets = codes(e.target());
        List<Item> items = new ArrayList<>();
        if (targets.isEmpty() && sources.size() >= 2) {
            for (int i = 0; i < sources.size(); i++) {
                for (int j = i + 1; j < sources.size(); j++) {
                    String a = sources.get(i);
                    String b = sources.get(j);
                    items.add(new Item(Set.of(Key.directed(t, a, b), Key.directed(t, b, a), Key.undirected(t, a, b)),
                            t + " " + a + " + " + b + " (joint)"));
                }
            }
        } else if (targets.isEmpty()) {
            sources.forEach(s -> items.add(new Item(Set.of(Key.directed(t, s, null)), t + " " + s + " -> (none)")));
        } else {
            for (String s : sources) {
                for (String g : targets) {
                    if (!s.equals(g) || sources.size() + targets.size() <= 2) {
                        items.add(new Item(Set.of(Key.directed(t, s, g), Key.undirected(t, s, g)), t + " " + s + " -> " + g));
                    }
                }
            }
        }
        return items;
    }

    /** The distinct codes of some actors, as score.py reads them from the JSON: country, else organisation, else CAMEO code. */
    private static List<String> codes(List<Actor> actors) {
        Set<String> codes = new LinkedHashSet<>();
        for (Actor a : actors) {
            Stream.of(a.country(), a.organization(), a.code()).filter(v -> v != null && v.length() >= 2).findFirst()
                    .ifPresent(v -> codes.add(normalise(v)));
        }
        return new ArrayList<>(codes);
    }

    /** score.py's {@code norm}: an organisation's name or code to its code, anything else to its first three letters. */
    static String normalise(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (ORGS.containsKey(v)) {
            return ORGS.get(v);
        }
        String head = v.startsWith("IGO") && v.length() >= 6 ? v.substring(3, 6) : v.substring(0, Math.min(3, v.length()));
        return ORGS.getOrDefault(head, head);
    }

    static void print(Result r, PrintStream out, boolean verbose) {
        out.printf(Locale.ROOT, "Development set: %d articles%n", r.byArticle().size());
        r.byArticle().forEach((a, c) -> out.printf(Locale.ROOT, "%-50s tp=%2d fp=%2d fn=%2d%n", a, c.tp(), c.fp(), c.fn()));
        r.byType().forEach((t, c) -> out.printf(Locale.ROOT, "  %-10s tp=%3d fp=%3d fn=%3d%n", t, c.tp(), c.fp(), c.fn()));
        if (verbose) {
            out.println("misses (core gold events no predicted key matches):");
            r.misses().forEach(m -> out.println("  " + m));
            out.println("false alarms (predicted keys matching no gold event):");
            r.falseAlarms().forEach(f -> out.println("  " + f));
        }
        out.printf(Locale.ROOT, "modality %d/%d  date %d/%d%n", r.modalityRight(), r.modalityCount(), r.dateRight(), r.dateCount());
        out.printf(Locale.ROOT, "F1 %.3f P %.3f R %.3f%n", r.f1(), r.precision(), r.recall());
    }
}
