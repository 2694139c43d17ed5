package org.entente.extract.cli;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.entente.extract.Extractor;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.actor.Actor;
import org.entente.model.plover.EventType;

/**
 * Scores the extractor against gold annotations (the format of {@code seeds/gold/README.md}):
 * precision, recall and F1 overall and per event type, and the accuracy of modality, date and place
 * on matched events. Optional gold events are neither rewarded nor penalised.
 */
public final class Evaluation {

    /** One gold event. */
    record Gold(EventType type, Set<String> source, Set<String> target, String modality, String date, String place,
                boolean historical, boolean optional, String note) {
    }

    /** Counts for one article or type. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Counts other) {
            tp += other.tp;
            fp += other.fp;
            fn += other.fn;
        }
    }

    /** The result of an evaluation. */
    static final class Report {
        final Map<String, Counts> byArticle = new LinkedHashMap<>();
        final Map<EventType, Counts> byType = new TreeMap<>();
        final Counts total = new Counts();
        int matched;
        int modalityRight;
        int dateRight;
        int placeRight;
        int required;
        int optional;
        final List<String> errors = new ArrayList<>();
    }

    private Evaluation() {
    }

    static int command(List<String> args, PrintStream out, PrintStream err) {
        Path gold = Path.of("seeds", "gold");
        Path seeds = Path.of("seeds");
        Path plover = null;
        Path petrarch = null;
        Path devset = null;
        boolean verbose = false;
        boolean builtIn = false;
        Main.KnowledgeOptions knowledge = new Main.KnowledgeOptions();
        for (int i = 0; i < args.size(); i++) {
            int used;
            try {
                // eval's --petrarch names the suite's directory, not an actor dictionary
                used = args.get(i).equals("--petrarch") ? 0 : knowledge.apply(args, i);
            } catch (IllegalArgumentException | Main.UsageException e) {
                err.println("entente-extract eval: " + e.getMessage());
                return Main.USAGE;
            }
            if (used > 0) {
                i += used - 1;
                continue;
            }
            try {
                switch (args.get(i)) {
                    case "--plover" -> plover = Path.of(arg(args, ++i));
                    case "--petrarch" -> petrarch = Path.of(arg(args, ++i));
                    case "--devset" -> devset = Path.of(arg(args, ++i));
                    case "--gold" -> gold = Path.of(arg(args, ++i));
                    case "--seeds" -> seeds = Path.of(arg(args, ++i));
                    case "--verbose" -> verbose = true;
                    case "--built-in" -> builtIn = true;
                    default -> {
                        err.println("entente-extract eval: unknown argument " + args.get(i) + ". Try --help.");
                        return Main.USAGE;
                    }
                }
            } catch (Main.UsageException e) {
                err.println("entente-extract eval: " + e.getMessage());
                return Main.USAGE;
            }
        }
        if (petrarch != null) {
            if (knowledge.any()) {
                err.println("entente-extract eval: --petrarch runs with the suite's own dictionaries; knowledge options do not apply");
                return Main.USAGE;
            }
            try {
                PetrarchReport.Mode full = builtIn ? PetrarchReport.Mode.BUILT_IN : PetrarchReport.Mode.SUITE;
                PetrarchReport.Mode other = builtIn ? PetrarchReport.Mode.SUITE : PetrarchReport.Mode.BUILT_IN;
                PetrarchReport.print(PetrarchReport.run(petrarch, full), out, verbose);
                PetrarchReport.printSummary(PetrarchReport.run(petrarch, other), out);
                return Main.OK;
            } catch (IOException | IllegalArgumentException e) {
                err.println("entente-extract eval: " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        if (devset != null) {
            try {
                DevsetReport.print(DevsetReport.run(Extractor.of(knowledge.knowledge()), devset), out, verbose);
                return Main.OK;
            } catch (IOException | IllegalArgumentException e) {
                err.println("entente-extract eval: " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        if (plover != null) {
            try {
                PloverReport.print(PloverReport.run(Extractor.of(knowledge.knowledge()), plover), out);
                if (!knowledge.knowledge().statedIntentions()) {
                    PloverReport.printStatedIntentions(
                            PloverReport.run(Extractor.of(knowledge.knowledge().withStatedIntentions(true)), plover), out);
                }
                return Main.OK;
            } catch (IOException | IllegalArgumentException e) {
                err.println("entente-extract eval: " + e.getMessage());
                return Main.UNREADABLE;
            }
        }
        if (!Files.isDirectory(gold) || !Files.isDirectory(seeds)) {
            err.println("entente-extract eval: gold directory " + gold + " or seeds directory " + seeds + " not found");
            return Main.UNREADABLE;
        }
        try {
            Report report = evaluate(Extractor.of(knowledge.knowledge()), gold, seeds);
            print(report, out, verbose);
            return Main.OK;
        } catch (IOException | IllegalArgumentException e) {
            err.println("entente-extract eval: " + e.getMessage());
            return Main.UNREADABLE;
        }
    }

    private static String arg(List<String> args, int i) {
        if (i >= args.size()) {
            throw new Main.UsageException(args.get(i - 1) + " needs a value");
        }
        return args.get(i);
    }

    /** Runs the extractor over the articles that {@code goldDir} annotates and scores it. */
    static Report evaluate(Extractor extractor, Path goldDir, Path seedsDir) throws IOException {
        Report report = new Report();
        List<Path> files;
        try (Stream<Path> list = Files.list(goldDir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Jsonb jsonb = Main.jsonb();
        try {
            for (Path file : files) {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = jsonb.fromJson(Files.readString(file), LinkedHashMap.class);
                String name = (String) doc.get("article");
                String published = (String) doc.get("published");
                List<Gold> gold = gold(doc, file);
                Path articleFile = seedsDir.resolve(name);
                Extraction extraction = extractor.extract(new Article(name, null, Main.read(articleFile), null,
                        published == null ? null : LocalDate.parse(published), null));
                score(name, gold, extraction.events(), report);
            }
        } catch (jakarta.json.bind.JsonbException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("malformed gold annotations: " + e.getMessage(), e);
        } finally {
            Main.close(jsonb);
        }
        return report;
    }

    @SuppressWarnings("unchecked")
    private static List<Gold> gold(Map<String, Object> doc, Path file) {
        List<Gold> gold = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) doc.get("events")) {
            gold.add(new Gold(EventType.ofName((String) e.get("type")), new TreeSet<>((List<String>) e.get("source")),
                    new TreeSet<>((List<String>) e.get("target")), (String) e.get("modality"), (String) e.get("date"),
                    (String) e.get("place"), Boolean.TRUE.equals(e.get("historical")), Boolean.TRUE.equals(e.get("optional")),
                    (String) e.get("note")));
        }
        return gold;
    }

    private static void score(String article, List<Gold> gold, List<Event> predicted, Report report) {
        Counts counts = new Counts();
        List<Event> unmatched = new ArrayList<>(predicted);
        List<Gold> ordered = gold.stream().sorted(Comparator.comparing(Gold::optional)).toList();
        for (Gold g : ordered) {
            Event match = unmatched.stream().filter(e -> matches(e, g))
                    .max(Comparator.comparingInt(e -> agreement(e, g))).orElse(null);
            if (g.optional()) {
                report.optional++;
                if (match != null) {
                    unmatched.remove(match);
                }
                continue;
            }
            report.required++;
            Counts type = report.byType.computeIfAbsent(g.type(), t -> new Counts());
            if (match == null) {
                counts.fn++;
                type.fn++;
                report.errors.add(article + "  FN  " + g.type() + " " + g.source() + " -> " + g.target() + "  (" + g.note() + ")");
                continue;
            }
            unmatched.remove(match);
            counts.tp++;
            type.tp++;
            report.matched++;
            report.modalityRight += match.modality().name().equals(g.modality()) ? 1 : 0;
            report.dateRight += Objects.equals(dateText(match), g.date()) ? 1 : 0;
            report.placeRight += Objects.equals(match.place() == null ? null : match.place().country(), g.place()) ? 1 : 0;
        }
        for (Event e : unmatched) {
            counts.fp++;
            report.byType.computeIfAbsent(e.type(), t -> new Counts()).fp++;
            report.errors.add(article + "  FP  " + e.type() + " " + keys(e.source()) + " -> " + keys(e.target()) + "  ("
                    + e.evidence().get(0).text() + ")");
        }
        report.byArticle.put(article, counts);
        report.total.add(counts);
    }

    /** Same type and the same countries: one set for symmetric types or a one-sided event, else source and target. */
    static boolean matches(Event e, Gold g) {
        if (e.type() != g.type()) {
            return false;
        }
        Set<String> source = keys(e.source());
        Set<String> target = keys(e.target());
        if (e.type().isSymmetric() || target.isEmpty() || g.target().isEmpty()) {
            Set<String> all = new TreeSet<>(source);
            all.addAll(target);
            Set<String> gold = new TreeSet<>(g.source());
            gold.addAll(g.target());
            return all.equals(gold);
        }
        return source.equals(g.source()) && target.equals(g.target());
    }

    private static int agreement(Event e, Gold g) {
        return (Objects.equals(dateText(e), g.date()) ? 4 : 0)
                + (Objects.equals(e.place() == null ? null : e.place().country(), g.place()) ? 2 : 0)
                + (e.modality().name().equals(g.modality()) ? 1 : 0);
    }

    static Set<String> keys(List<Actor> actors) {
        Set<String> keys = new TreeSet<>();
        for (Actor a : actors) {
            if (a.country() != null) {
                keys.add(a.country());
            } else if (a.organization() != null) {
                keys.add(a.organization());
            }
        }
        return keys;
    }

    private static String dateText(Event e) {
        if (e.date() == null) {
            return null;
        }
        return switch (e.datePrecision()) {
            case DAY, WEEK -> e.date().toString(); // a week is dated by its Monday
            case REPORTED -> null; // the seeds' gold gives what the text says, null when it says no time
            case MONTH -> e.date().toString().substring(0, 7);
            case YEAR -> String.valueOf(e.date().getYear());
            case UNKNOWN -> null;
        };
    }

    static void print(Report r, PrintStream out, boolean verbose) {
        out.printf(Locale.ROOT, "Seed evaluation: %d articles, %d required and %d optional gold events%n",
                r.byArticle.size(), r.required, r.optional);
        out.printf(Locale.ROOT, "%-28s %4s %4s %4s %6s %6s %6s%n", "article", "TP", "FP", "FN", "P", "R", "F1");
        r.byArticle.forEach((a, c) -> row(out, a, c));
        row(out, "overall", r.total);
        out.println();
        out.printf(Locale.ROOT, "%-28s %4s %4s %4s %6s %6s %6s%n", "type", "TP", "FP", "FN", "P", "R", "F1");
        r.byType.forEach((t, c) -> row(out, t.name(), c));
        out.println();
        out.printf(Locale.ROOT, "modality accuracy %d/%d  date accuracy %d/%d  place accuracy %d/%d (matched required events)%n",
                r.modalityRight, r.matched, r.dateRight, r.matched, r.placeRight, r.matched);
        if (verbose) {
            out.println();
            r.errors.forEach(out::println);
        }
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "%-28s %4d %4d %4d %6.3f %6.3f %6.3f%n", name, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1());
    }
}
