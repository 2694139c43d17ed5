package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.entente.model.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a local Spark with two threads, over the seeds and the development set. */
class ArchiveJobTest {
    /** The tables' schemas as the README documents them (year and month, the partitions, come last). */
    static final String ARTICLES_SCHEMA = "id STRING,title STRING,url STRING,format STRING,source STRING,published DATE,"
            + "main_event_id STRING,main_event_type STRING,main_event_cameo STRING,event_count INT,tag_count INT,"
            + "year INT,month INT";
    static final String EVENTS_SCHEMA = "article_id STRING,event_id STRING,main BOOLEAN,type STRING,mode STRING,"
            + "contexts ARRAY<STRING>,cameo STRING,quad_class STRING,goldstein DOUBLE,source_codes ARRAY<STRING>,"
            + "source_names ARRAY<STRING>,target_codes ARRAY<STRING>,target_names ARRAY<STRING>,modality STRING,"
            + "historical BOOLEAN,date DATE,date_precision STRING,place_name STRING,place_country STRING,"
            + "place_lat DOUBLE,place_lon DOUBLE,confidence DOUBLE,attribution STRING,"
            + "evidence ARRAY<STRUCT<text: STRING, start: INT, end: INT>>,year INT,month INT";
    static final String TAGS_SCHEMA = "article_id STRING,tag_id STRING,kind STRING,label STRING,relevance DOUBLE,"
            + "confidence DOUBLE,year INT,month INT";
    static final String ERRORS_SCHEMA = "id STRING,source STRING,reason STRING,year INT,month INT";

    /** Writes the test's JSON Lines and reads what the extract command line prints; lives as long as the JVM. */
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static SparkSession spark;
    private static Extractor extractor;

    @BeforeAll
    static void start() {
        spark = Fixtures.spark();
        extractor = Extractor.standard();
    }

    @Test
    void codesTheSeedsAndTheDevelopmentSetAsTheExtractorDoesAndRecordsBadLines(@TempDir Path dir) throws Exception {
        List<Fixtures.Source> sources = new ArrayList<>(Fixtures.seedArticles());
        sources.addAll(Fixtures.devsetArticles());
        assertEquals(25, sources.size(), "the five seeds and the twenty articles of ../shared/devset");
        Path input = dir.resolve("archive.jsonl");
        List<String> lines = new ArrayList<>();
        for (Fixtures.Source source : sources) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", source.id());
            line.put(source.html() ? "html" : "text", source.text());
            if (source.published() != null) {
                line.put("published", source.published().toString());
            }
            lines.add(JSONB.toJson(line));
        }
        lines.add("{\"id\": \"quiet-day\", \"text\": \"Nothing happened today.\", \"published\": \"2026-02-03T08:00:00Z\"}");
        lines.add("{\"id\": \"cut-short\", \"text\": \"Ministers met in");
        lines.add("{\"id\": \"no-body\", \"title\": \"A headline alone\"}");
        lines.add("{\"id\": \"bad-date\", \"text\": \"Ministers met.\", \"published\": \"2026-13-45\"}");
        lines.add("{\"id\": \"bad-url\", \"text\": \"Ministers met.\", \"url\": \"not a url\", \"published\": \"2026-02-03\"}");
        Files.write(input, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        // The CMS plugin's PUT, stood in for on loopback: the coded stories are backfilled to it.
        Map<String, String> put = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer cms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cms.createContext("/entente/api/v1/articles/", exchange -> {
            put.put(java.net.URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/entente/api/v1/articles/".length()), StandardCharsets.UTF_8),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        cms.start();
        CmsBackfill.Settings backfill = new CmsBackfill.Settings(URI.create("http://127.0.0.1:" + cms.getAddress().getPort() + "/entente"),
                "loader", "secret", 500, 4, 3, java.time.Duration.ofMillis(10), dir.resolve("checkpoint"));

        ArchiveJob.Summary summary;
        try {
            summary = ArchiveJob.run(spark, new ArchiveJob.Options(input.toString(), Inputs.Format.JSONL, out.toString(),
                    Tables.Output.PARQUET, 0, null, backfill), null);
        } finally {
            cms.stop(0);
        }

        assertEquals(30, summary.records());
        assertEquals(26, summary.articles());
        assertEquals(4, summary.errors());
        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        Dataset<Row> articles = spark.read().parquet(out.resolve("articles").toString());
        Dataset<Row> tags = spark.read().parquet(out.resolve("tags").toString());
        Dataset<Row> errors = spark.read().parquet(out.resolve("errors").toString());
        // Parquet reads back with the documented schemas.
        assertEquals(ARTICLES_SCHEMA, articles.schema().toDDL());
        assertEquals(EVENTS_SCHEMA, events.schema().toDDL());
        assertEquals(TAGS_SCHEMA, tags.schema().toDDL());
        assertEquals(ERRORS_SCHEMA, errors.schema().toDDL());

        Map<String, List<String>> expected = new TreeMap<>();
        Map<String, List<String>> expectedTags = new TreeMap<>();
        long expectedEvents = 0;
        for (Fixtures.Source source : sources) {
            Extraction result = extractor.extract(new Article(source.id(), null, source.text(), null, source.published(), null),
                    source.html() ? TextFormat.HTML : TextFormat.TEXT);
            // sorted as the tables are, by event and tag id
            expected.put(source.id(), result.events().stream().map(e -> Fixtures.describe(e, e.equals(result.mainEvent()))).sorted().toList());
            expectedTags.put(source.id(), result.tags().stream().map(t -> t.id() + " " + t.label() + " " + t.relevance()).sorted().toList());
            expectedEvents += result.events().size();
        }
        assertTrue(expectedEvents > 100, "the articles hold many events: " + expectedEvents);
        assertEquals(expected, byArticle(events.orderBy("article_id", "event_id").collectAsList(), Fixtures::describe));
        assertEquals(expectedTags, byArticle(tags.orderBy("article_id", "tag_id").collectAsList(),
                r -> r.getAs("tag_id") + " " + r.getAs("label") + " " + r.getAs("relevance")));
        assertEquals(expectedEvents, summary.events());

        // Every article once, in the partition of its month; the count columns agree with the tables.
        List<Row> articleRows = articles.orderBy("id").collectAsList();
        assertEquals(26, articleRows.size());
        for (Row article : articleRows) {
            String id = article.getAs("id");
            assertEquals(expected.getOrDefault(id, List.of()).size(), article.<Integer>getAs("event_count"), id);
            if (!article.isNullAt(article.fieldIndex("published"))) {
                LocalDate published = article.<LocalDate>getAs("published");
                assertEquals(published.getYear(), article.<Integer>getAs("year"), id);
                assertEquals(published.getMonthValue(), article.<Integer>getAs("month"), id);
            }
        }
        Row d01 = articles.where(col("id").equalTo("d01_serbia_kosovo_border.txt")).first();
        assertEquals(LocalDate.of(2026, 3, 12), d01.<LocalDate>getAs("published"));
        assertTrue(Files.isDirectory(out.resolve("events/year=2026/month=3")));
        // An article without events has no main event; an ISO date-time gives its day.
        Row quiet = articles.where(col("id").equalTo("quiet-day")).first();
        assertEquals(0, quiet.<Integer>getAs("event_count"));
        assertTrue(quiet.isNullAt(quiet.fieldIndex("main_event_id")));
        assertEquals(LocalDate.of(2026, 2, 3), quiet.<LocalDate>getAs("published"));

        // A bad line or record lands in errors, with its reason; the rest is coded.
        Map<String, String> reasons = new TreeMap<>();
        for (Row error : errors.collectAsList()) {
            reasons.put(error.getAs("id"), error.getAs("reason"));
        }
        assertEquals(4, reasons.size(), reasons.toString());
        assertEquals("neither text nor html", reasons.get("no-body"));
        assertTrue(reasons.get("bad-date").startsWith("published is not a date"), reasons.toString());
        assertTrue(reasons.get("bad-url").contains("url"), reasons.toString());
        assertTrue(reasons.entrySet().stream().anyMatch(e -> e.getKey().startsWith("unidentified-")
                && e.getValue().equals("malformed JSON line")), reasons.toString());
        assertTrue(Files.isDirectory(out.resolve("errors/year=2026/month=2")), "bad-url has a date: its month");

        // Every coded story went to the CMS, as text or HTML, with the date the extractor used.
        assertEquals(26, summary.cms().sent());
        TreeSet<String> coded = new TreeSet<>(expected.keySet());
        coded.add("quiet-day");
        assertEquals(coded, new TreeSet<>(put.keySet()), "the coded stories, none of the bad records");
        Map<?, ?> d03 = JSONB.fromJson(put.get("d03_egypt_ethiopia_dam.html"), Map.class);
        assertEquals(Fixtures.read(Fixtures.devset().resolve("articles/d03_egypt_ethiopia_dam.html")), d03.get("html"));
        assertEquals("2026-08-24", d03.get("published"));
        assertEquals("quiet-day\n", Files.readString(dir.resolve("checkpoint")), "the last id, in Spark's order");
    }

    @Test
    void filesGiveWhatTheCommandLinePrintsAndARerunReplacesTheMonths(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        for (Fixtures.Source seed : Fixtures.seedArticles()) {
            Files.writeString(articles.resolve(seed.id()), seed.text());
        }
        Files.write(articles.resolve("latin1.txt"), "Le minist\u00e8re a convoqu\u00e9 l'ambassadeur.".getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("out");
        ArchiveJob.Options options = new ArchiveJob.Options(articles.toString(), Inputs.Format.FILES, out.toString(),
                Tables.Output.PARQUET, 0, null, null);

        ArchiveJob.run(spark, options, null);
        List<String> first = tableContents(out);
        ArchiveJob.Summary again = ArchiveJob.run(spark, options, null);

        assertEquals(5, again.articles());
        assertEquals(first, tableContents(out), "the same input gives the same rows, none twice");
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
            assertEquals(parts.size(), parts.stream().map(Path::getParent).distinct().count(), "one file per month: " + parts);
        }
        Row error = spark.read().parquet(out.resolve("errors").toString()).first();
        assertEquals("latin1.txt", error.getAs("id"));
        assertEquals("not UTF-8 text", error.getAs("reason"));
        // Once the bad file is gone, its month of errors goes too: a month holds one run's output.
        Path undated = out.resolve("errors/year=__HIVE_DEFAULT_PARTITION__");
        assertTrue(Files.isDirectory(undated));
        Files.delete(articles.resolve("latin1.txt"));
        ArchiveJob.run(spark, options, null);
        assertFalse(Files.exists(undated), "stale errors removed");
        assertEquals(first.stream().filter(r -> !r.startsWith("errors ")).toList(), tableContents(out));

        // The extract command line over the same files, in its own JVM.
        List<String> command = new ArrayList<>(List.of(java(), "-cp", testClassPath(), "org.entente.extract.cli.Main"));
        Fixtures.list(articles, "0*.txt").forEach(p -> command.add(p.toString()));
        Process cli = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String printed = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cli.waitFor());
        Map<String, List<String>> printedEvents = new TreeMap<>();
        for (String line : printed.lines().toList()) {
            Map<?, ?> record = JSONB.fromJson(line, Map.class);
            printedEvents.put((String) record.get("article"), ((List<?>) record.get("events")).stream()
                    .map(e -> describePrinted((Map<?, ?>) e)).sorted().toList());
        }
        assertEquals(5, printedEvents.size());
        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString()).orderBy("article_id", "event_id");
        Map<String, List<String>> coded = byArticle(events.collectAsList(), r -> String.join(" | ", r.getAs("event_id"),
                r.getAs("type"), r.getAs("cameo"), r.getList(r.fieldIndex("source_codes")).toString(),
                r.getList(r.fieldIndex("target_codes")).toString(), r.getAs("modality"),
                String.valueOf(r.isNullAt(r.fieldIndex("date")) ? null : r.<LocalDate>getAs("date")),
                r.getList(r.fieldIndex("evidence")).stream().map(s -> ((Row) s).getString(0)).toList().toString()));
        for (String article : printedEvents.keySet()) {
            assertEquals(printedEvents.get(article), coded.getOrDefault(article, List.of()), article);
        }
        assertTrue(coded.values().stream().mapToInt(List::size).sum() > 20);
    }

    @Test
    void readsAWordPressExport(@TempDir Path dir) throws IOException {
        List<Fixtures.Source> seeds = Fixtures.seedArticles();
        StringBuilder wxr = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>The Test Courier</title>
                <wp:wxr_version>1.2</wp:wxr_version>
                """);
        Map<String, String> html = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        for (int i = 0; i < seeds.size(); i++) {
            // a seed's lines as the paragraphs of a post, its first line the title
            List<String> paragraphs = seeds.get(i).text().lines().filter(l -> !l.isBlank()).toList();
            String content = paragraphs.stream().skip(1).map(p -> "<p>" + escape(p) + "</p>").reduce("", String::concat);
            String id = "wp-" + (100 + i);
            html.put(id, content);
            titles.put(id, paragraphs.get(0));
            wxr.append(item(100 + i, paragraphs.get(0), content, "2025-11-0" + (i + 1) + " 09:30:00", "post", "publish"));
        }
        wxr.append(item(200, "A draft", "<p>Ministers will meet.</p>", "2025-12-01 10:00:00", "post", "draft"));
        wxr.append(item(201, "An image", "", "2025-12-01 10:00:00", "attachment", "inherit"));
        wxr.append(item(202, "An empty post", "", "2025-12-02 10:00:00", "post", "publish"));
        wxr.append("</channel>\n</rss>\n");
        Path input = dir.resolve("export.xml");
        Files.writeString(input, wxr);
        Path out = dir.resolve("out");

        ArchiveJob.Summary summary = ArchiveJob.run(spark,
                new ArchiveJob.Options(input.toString(), Inputs.Format.guess(input.toString()), out.toString(), Tables.Output.JSON, 0, null, null),
                null);

        assertEquals(6, summary.records(), "five published posts and an empty one; no draft, no attachment");
        assertEquals(5, summary.articles());
        Dataset<Row> articles = spark.read().json(out.resolve("articles").toString()).orderBy("id");
        List<Row> rows = articles.collectAsList();
        assertEquals(List.of("wp-100", "wp-101", "wp-102", "wp-103", "wp-104"), rows.stream().map(r -> r.<String>getAs("id")).toList());
        for (Row row : rows) {
            assertEquals("html", row.getAs("format"));
            assertTrue(row.<String>getAs("url").startsWith("https://courier.example.org/"));
            assertEquals(2025, row.<Number>getAs("year").intValue());
            assertEquals(11, row.<Number>getAs("month").intValue());
        }
        assertEquals("2025-11-03", rows.get(2).getAs("published"));
        // JSON Lines keep null fields, so every line has every column.
        String line = Files.readAllLines(Fixtures.list(out.resolve("events/year=2025/month=11"), "part-*.json").get(0)).get(0);
        assertTrue(line.contains("\"mode\":null") || line.contains("\"place_name\":null") || line.contains("\"attribution\":null"), line);

        Map<String, List<String>> expected = new TreeMap<>();
        for (Row row : rows) {
            String id = row.getAs("id");
            Extraction result = extractor.extract(new Article(id, titles.get(id), html.get(id), null,
                    LocalDate.parse(row.<String>getAs("published")), null), TextFormat.HTML);
            expected.put(id, result.events().stream().map(e -> e.id() + " " + e.type() + " " + e.cameo() + " "
                    + e.source().stream().map(a -> a.code()).toList() + " " + e.target().stream().map(a -> a.code()).toList()).sorted().toList());
        }
        Dataset<Row> events = spark.read().json(out.resolve("events").toString()).orderBy("article_id", "event_id");
        assertEquals(expected, byArticle(events.collectAsList(), r -> r.getAs("event_id") + " " + r.getAs("type") + " "
                + r.getAs("cameo") + " " + r.getList(r.fieldIndex("source_codes")) + " " + r.getList(r.fieldIndex("target_codes"))));
        Row error = spark.read().json(out.resolve("errors").toString()).first();
        assertEquals("wp-202", error.getAs("id"));
        assertEquals("post without content", error.getAs("reason"));
    }

    private static String item(int id, String title, String content, String date, String type, String status) {
        return """
                <item>
                <title>%s</title>
                <link>https://courier.example.org/?p=%d</link>
                <dc:creator><![CDATA[desk]]></dc:creator>
                <content:encoded><![CDATA[%s]]></content:encoded>
                <wp:post_id>%d</wp:post_id>
                <wp:post_date><![CDATA[%s]]></wp:post_date>
                <wp:post_type><![CDATA[%s]]></wp:post_type>
                <wp:status><![CDATA[%s]]></wp:status>
                <category domain="category" nicename="world"><![CDATA[World]]></category>
                </item>
                """.formatted(escape(title), id, content, id, date, type, status);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An event as the extract command line prints it, in the fields the Spark comparison reads. */
    private static String describePrinted(Map<?, ?> e) {
        return String.join(" | ", (String) e.get("id"), (String) e.get("type"), (String) e.get("cameo"),
                codes(e.get("source")), codes(e.get("target")), (String) e.get("modality"), String.valueOf(e.get("date")),
                ((List<?>) e.get("evidence")).stream().map(s -> ((Map<?, ?>) s).get("text")).toList().toString());
    }

    private static String codes(Object actors) {
        return ((List<?>) actors).stream().map(a -> ((Map<?, ?>) a).get("code")).toList().toString();
    }

    /** Rows grouped by their article, in the order given. */
    private static Map<String, List<String>> byArticle(List<Row> rows, java.util.function.Function<Row, String> describe) {
        Map<String, List<String>> grouped = new TreeMap<>();
        for (Row row : rows) {
            grouped.computeIfAbsent(row.getAs("article_id"), k -> new ArrayList<>()).add(describe.apply(row));
        }
        return grouped;
    }

    /** Every row of the four tables, sorted, with its partition. */
    private static List<String> tableContents(Path out) {
        TreeSet<String> rows = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (String table : Tables.NAMES) {
            if (!hasMonths(out.resolve(table))) { // a table without rows has no files to read
                continue;
            }
            for (Row row : spark.read().parquet(out.resolve(table).toString()).collectAsList()) {
                all.add(table + " " + row);
                rows.add(table + " " + row);
            }
        }
        assertEquals(rows.size(), all.size(), "no row twice");
        assertFalse(rows.isEmpty());
        return new ArrayList<>(rows);
    }

    private static boolean hasMonths(Path table) {
        try (Stream<Path> entries = Files.list(table)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("year="));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String testClassPath() throws IOException {
        return Files.readString(Path.of(System.getProperty("entente.test.classpath"))).strip();
    }
}
