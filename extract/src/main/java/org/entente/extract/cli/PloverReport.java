package org.entente.extract.cli;

import jakarta.json.bind.Jsonb;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.extract.Extractor;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.plover.EventType;

/**
 * PLOVER type accuracy on the PLOVER gold standard records (one sentence each, from the CAMEO
 * manual's examples). The records use PLOVER 0.5b1 labels; the mapping to today's sixteen types is
 * {@link #CURRENT}: DEMAND became REQUEST, DISAPPROVE and INVESTIGATE became ACCUSE, FIGHT became
 * ASSAULT (the names PLOVER's own 2021 CAMEO table uses for those CAMEO roots).
 */
final class PloverReport {
    static final Map<String, String> CURRENT = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");

    /** The counts of a run. */
    record Result(int records, int coded, int mainTypeRight, int anyTypeRight, Map<String, int[]> byType) {
    }

    private PloverReport() {
    }

    @SuppressWarnings("unchecked")
    static Result run(Extractor extractor, Path file) throws IOException {
        List<Map<String, Object>> records;
        Jsonb jsonb = Main.jsonb();
        try {
            records = jsonb.fromJson(Files.readString(file), List.class);
        } catch (jakarta.json.bind.JsonbException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        } finally {
            Main.close(jsonb);
        }
        int total = 0;
        int coded = 0;
        int main = 0;
        int any = 0;
        Map<String, int[]> byType = new TreeMap<>();
        for (Map<String, Object> record : records) {
            String label = String.valueOf(record.get("event"));
            if (label.equals("DOCUMENT") || !(record.get("text") instanceof String text)) {
                continue;
            }
            EventType gold = EventType.ofName(CURRENT.getOrDefault(label, label));
            Extraction x = extractor.extract(Article.of(String.valueOf(record.get("id")), text));
            Set<EventType> types = x.events().stream().map(Event::type).collect(Collectors.toSet());
            total++;
            int[] counts = byType.computeIfAbsent(gold.name(), k -> new int[2]);
            counts[0]++;
            if (!types.isEmpty()) {
                coded++;
            }
            if (x.mainEvent() != null && x.mainEvent().type() == gold) {
                main++;
                counts[1]++;
            }
            if (types.contains(gold)) {
                any++;
            }
        }
        return new Result(total, coded, main, any, byType);
    }

    static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "PLOVER gold standard records: %d sentences (labels mapped: %s)%n", r.records(), new TreeMap<>(CURRENT));
        out.printf(Locale.ROOT, "type accuracy (main event's type = gold) %d/%d = %.3f%n", r.mainTypeRight(), r.records(),
                (double) r.mainTypeRight() / r.records());
        out.printf(Locale.ROOT, "gold type among the coded events        %d/%d = %.3f%n", r.anyTypeRight(), r.records(),
                (double) r.anyTypeRight() / r.records());
        out.printf(Locale.ROOT, "sentences with any event coded           %d/%d = %.3f%n", r.coded(), r.records(),
                (double) r.coded() / r.records());
        r.byType().forEach((type, c) -> out.printf(Locale.ROOT, "  %-10s %3d/%3d%n", type, c[1], c[0]));
    }

    /** The summary line of a run with intended acts coded as statements of intent, as the records code them. */
    static void printStatedIntentions(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "with --stated-intentions (intended acts coded as promises and threats, as the records do): "
                + "type accuracy %d/%d = %.3f%n", r.mainTypeRight(), r.records(), (double) r.mainTypeRight() / r.records());
    }
}
