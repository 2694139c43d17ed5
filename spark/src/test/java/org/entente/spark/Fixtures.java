package org.entente.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.model.Event;
import org.entente.model.Place;
import org.entente.model.actor.Actor;

/** The tests' inputs (the seeds and the development set, read where they live) and helpers. */
final class Fixtures {
    private static final Pattern PUBLISHED = Pattern.compile("\"published\"\\s*:\\s*\"(\\d{4}-\\d{2}-\\d{2})\"");

    private Fixtures() {
    }

    /** One article of the tests' inputs. */
    record Source(String id, String text, boolean html, LocalDate published) {
    }

    static Path seeds() {
        return Path.of(System.getProperty("entente.seeds", "../seeds"));
    }

    static Path devset() {
        return Path.of(System.getProperty("entente.shared", "../../shared")).resolve("devset");
    }

    /** The five seed articles: plain text, no publication date given (the text prints one, or not). */
    static List<Source> seedArticles() {
        return list(seeds(), "*.txt").stream().map(p -> new Source(p.getFileName().toString(), read(p), false, null)).toList();
    }

    /** The development set's twenty articles with the publication dates their gold files give. */
    static List<Source> devsetArticles() {
        List<Source> sources = new ArrayList<>();
        for (Path article : list(devset().resolve("articles"), "*")) {
            String name = article.getFileName().toString();
            Matcher published = PUBLISHED.matcher(read(devset().resolve("gold").resolve(name + ".gold.json")));
            sources.add(new Source(name, read(article), name.endsWith(".html"),
                    published.find() ? LocalDate.parse(published.group(1)) : null));
        }
        return sources;
    }

    /** A local Spark with two threads, shared by the test classes of this JVM, on loopback. */
    static SparkSession spark() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("entente-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                // DATE columns as LocalDate: java.sql.Date needs JDK internals Java 17 closes
                .config("spark.sql.datetime.java8API.enabled", "true")
                .getOrCreate();
    }

    /** An event as the extractor gives it, field by field, in the order of the events table's columns. */
    static String describe(Event e, boolean main) {
        Place place = e.place();
        return String.join(" | ", e.id(), String.valueOf(main), e.type().name(), e.mode() == null ? "null" : e.mode().name(),
                e.contexts().stream().map(Enum::name).toList().toString(), e.cameo(), e.quadClass().name(), String.valueOf(e.goldstein()),
                e.source().stream().map(Actor::code).toList().toString(), e.source().stream().map(Actor::name).toList().toString(),
                e.target().stream().map(Actor::code).toList().toString(), e.target().stream().map(Actor::name).toList().toString(),
                e.modality().name(), String.valueOf(e.historical()), String.valueOf(e.date()), e.datePrecision().name(),
                place == null ? "null" : place.name(), place == null ? "null" : String.valueOf(place.country()),
                place == null ? "null" : String.valueOf(place.lat()), place == null ? "null" : String.valueOf(place.lon()),
                String.valueOf(e.confidence()), String.valueOf(e.attribution()),
                e.evidence().stream().map(s -> s.start() + ".." + s.end() + " " + s.text()).toList().toString());
    }

    /** A row of the events table in the same form as {@link #describe(Event, boolean)}. */
    static String describe(Row r) {
        List<Row> evidence = r.getList(r.fieldIndex("evidence"));
        return String.join(" | ", r.getAs("event_id"), String.valueOf(r.<Boolean>getAs("main")), r.getAs("type"),
                String.valueOf(r.<String>getAs("mode")), r.getList(r.fieldIndex("contexts")).toString(), r.getAs("cameo"),
                r.getAs("quad_class"), String.valueOf(r.<Double>getAs("goldstein")),
                r.getList(r.fieldIndex("source_codes")).toString(), r.getList(r.fieldIndex("source_names")).toString(),
                r.getList(r.fieldIndex("target_codes")).toString(), r.getList(r.fieldIndex("target_names")).toString(),
                r.getAs("modality"), String.valueOf(r.<Boolean>getAs("historical")),
                String.valueOf(r.isNullAt(r.fieldIndex("date")) ? null : r.<LocalDate>getAs("date")),
                r.getAs("date_precision"), String.valueOf(r.<String>getAs("place_name")),
                String.valueOf(r.<String>getAs("place_country")), String.valueOf(r.<Double>getAs("place_lat")),
                String.valueOf(r.<Double>getAs("place_lon")), String.valueOf(r.<Double>getAs("confidence")),
                String.valueOf(r.<String>getAs("attribution")),
                evidence.stream().map(s -> s.getInt(1) + ".." + s.getInt(2) + " " + s.getString(0)).toList().toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> list(Path directory, String glob) {
        try (Stream<Path> files = Files.list(directory)) {
            java.nio.file.PathMatcher matcher = directory.getFileSystem().getPathMatcher("glob:" + glob);
            return files.filter(p -> matcher.matches(p.getFileName()) && Files.isRegularFile(p)).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
