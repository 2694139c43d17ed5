package org.entente.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;
import org.entente.extract.Extractor;
import org.entente.extract.TextFormat;
import org.entente.model.Article;
import org.entente.model.Event;
import org.entente.model.Extraction;
import org.entente.model.Place;
import org.entente.model.Tag;
import org.entente.model.actor.Actor;

/**
 * Codes the records of one partition with the executor's {@link Extractor}: each
 * {@link Schemas#RECORD} becomes a {@link Schemas#CODED} row. A record that cannot be read or
 * coded becomes a row with its reason in {@code error}; nothing a record holds fails the task.
 *
 * @since 0.1
 */
final class Coder implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator coded;
    private final LongAccumulator failed;
    private final LongAccumulator events;

    /**
     * @param coded  counts the articles coded, for the progress line and the summary
     * @param failed counts the records that went to {@code errors}
     * @param events counts the events found
     */
    Coder(LongAccumulator coded, LongAccumulator failed, LongAccumulator events) {
        this.coded = coded;
        this.failed = failed;
        this.events = events;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
        // Built on first use in this JVM (about 0.5 s) and shared by every task it runs.
        Extractor extractor = SharedExtractor.get();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                Row row = code(extractor, records.next());
                if (row.isNullAt(8)) {
                    coded.add(1);
                    events.add(((Object[]) row.get(9)).length);
                } else {
                    failed.add(1);
                }
                return row;
            }
        };
    }

    /** Codes one {@link Schemas#RECORD}. */
    static Row code(Extractor extractor, Row record) {
        String id = record.getString(0);
        String format = record.getString(1);
        String text = record.getString(2);
        String title = record.getString(3);
        String url = record.getString(4);
        String published = record.getString(5);
        String source = record.getString(6);
        String error = record.getString(7);
        LocalDate date = null;
        if (error == null && published != null) {
            try {
                date = parseDate(published);
            } catch (DateTimeParseException e) {
                error = "published is not a date (YYYY-MM-DD or an ISO date-time): " + published;
            }
        }
        if (error != null) {
            return failure(id, title, url, format, source, date, error);
        }
        try {
            Article article = new Article(id, title, text, url, date, null);
            Extraction result = extractor.extract(article, "html".equals(format) ? TextFormat.HTML : TextFormat.TEXT);
            return success(result, format, source);
        } catch (RuntimeException | StackOverflowError e) {
            // A bad record (an invalid URL, an over-long text) or an extractor failure on one
            // article: recorded, and the partition goes on.
            return failure(id, title, url, format, source, date, reason(e));
        }
    }

    /** A publication date from YYYY-MM-DD or the day of an ISO date-time. */
    static LocalDate parseDate(String value) {
        String date = value.strip();
        // "2025-11-02T10:00:00Z", or WordPress's "2025-11-02 10:00:00": the day is the first ten characters
        if (date.length() > 10 && (date.charAt(10) == 'T' || date.charAt(10) == ' ')) {
            date = date.substring(0, 10);
        }
        return LocalDate.parse(date);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static Row success(Extraction result, String format, String source) {
        Article article = result.article();
        LocalDate published = article.published();
        Row[] events = result.events().stream().map(e -> event(e, e.equals(result.mainEvent()))).toArray(Row[]::new);
        Row[] tags = result.tags().stream()
                .map(t -> RowFactory.create(t.id(), t.kind().name(), t.label(), t.relevance(), t.confidence()))
                .toArray(Row[]::new);
        return RowFactory.create(article.id(), article.title(), article.url(), format, source, isoDate(published),
                published == null ? null : published.getYear(), published == null ? null : published.getMonthValue(),
                null, events, tags);
    }

    private static Row failure(String id, String title, String url, String format, String source, LocalDate published, String error) {
        return RowFactory.create(id, title, url, format, source, isoDate(published),
                published == null ? null : published.getYear(), published == null ? null : published.getMonthValue(),
                error, new Row[0], new Row[0]);
    }

    private static Row event(Event e, boolean main) {
        Place place = e.place();
        Row[] evidence = e.evidence().stream().map(span -> RowFactory.create(span.text(), span.start(), span.end())).toArray(Row[]::new);
        return RowFactory.create(e.id(), main, e.type().name(), e.mode() == null ? null : e.mode().name(),
                strings(e.contexts().stream().map(Enum::name)), e.cameo(), e.quadClass().name(), e.goldstein(),
                strings(e.source().stream().map(Actor::code)), strings(e.source().stream().map(Actor::name)),
                strings(e.target().stream().map(Actor::code)), strings(e.target().stream().map(Actor::name)),
                e.modality().name(), e.historical(), isoDate(e.date()), e.datePrecision().name(),
                place == null ? null : place.name(), place == null ? null : place.country(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                e.confidence(), e.attribution(), evidence);
    }

    /** An array column's value: Spark's row encoder takes Java arrays (or Scala sequences), not lists. */
    private static String[] strings(Stream<String> values) {
        return values.toArray(String[]::new);
    }

    private static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** One extractor per JVM: an executor builds it once, on its first task, and reuses it. */
    static final class SharedExtractor {
        private SharedExtractor() {
        }

        static Extractor get() {
            return Holder.EXTRACTOR;
        }

        private static final class Holder {
            static final Extractor EXTRACTOR = Extractor.standard();
        }
    }
}
