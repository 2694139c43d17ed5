package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.size;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The four output tables, projections of the {@link Schemas#CODED} rows, and how they are
 * written: partitioned by publication year and month, one file per month sorted by key, each
 * month written again replacing what an earlier run wrote for it.
 *
 * @since 0.1
 */
final class Tables {
    /** The table names, also the directories under the output. */
    static final List<String> NAMES = List.of("articles", "events", "tags", "errors");

    private Tables() {
    }

    /** The file formats the tables are written in. */
    enum Output {
        /** Apache Parquet (the default). */
        PARQUET,
        /** JSON Lines, nulls written. */
        JSON;

        String sparkName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The table called {@code name}, from the coded rows. */
    static Dataset<Row> table(String name, Dataset<Row> coded) {
        Dataset<Row> ok = coded.where(col("error").isNull());
        return switch (name) {
            case "articles" -> ok.select(col("id"), col("title"), col("url"), col("format"), col("source"), col("published").cast("date").as("published"),
                    expr("try_element_at(filter(events, e -> e.main), 1).event_id").as("main_event_id"),
                    expr("try_element_at(filter(events, e -> e.main), 1).type").as("main_event_type"),
                    expr("try_element_at(filter(events, e -> e.main), 1).cameo").as("main_event_cameo"),
                    size(col("events")).as("event_count"), size(col("tags")).as("tag_count"),
                    col("year"), col("month"));
            case "events" -> ok.select(col("id").as("article_id"), explode(col("events")).as("e"), col("year"), col("month"))
                    .select(col("article_id"), col("e.*"), col("year"), col("month"))
                    .withColumn("date", col("date").cast("date"));
            case "tags" -> ok.select(col("id").as("article_id"), explode(col("tags")).as("t"), col("year"), col("month"))
                    .select(col("article_id"), col("t.*"), col("year"), col("month"));
            case "errors" -> coded.where(col("error").isNotNull())
                    .select(col("id"), col("source"), col("error").as("reason"), col("year"), col("month"));
            default -> throw new IllegalArgumentException("No table " + name + "; the tables are " + NAMES);
        };
    }

    /** The columns that order a table's rows within a file. */
    static String[] sortKeys(String name) {
        return switch (name) {
            case "articles" -> new String[] {"id", "source"};
            case "events" -> new String[] {"article_id", "event_id"};
            case "tags" -> new String[] {"article_id", "tag_id"};
            default -> new String[] {"id", "source", "reason"};
        };
    }

    /**
     * Writes a table under {@code path}, one directory per year and month ({@code year=2026/month=3};
     * Spark's {@code __HIVE_DEFAULT_PARTITION__} for articles without a date). The months this
     * write holds replace the same months of an earlier write; other months are kept.
     */
    static void write(Dataset<Row> table, String name, String path, Output format) {
        String[] keys = sortKeys(name);
        // One task per month, so one file per month, its rows in key order: the same input gives the same files.
        table.repartition(col("year"), col("month"))
                .sortWithinPartitions(keys[0], Arrays.copyOfRange(keys, 1, keys.length))
                .write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .option("ignoreNullFields", "false")
                .partitionBy("year", "month")
                .format(format.sparkName())
                .save(path);
    }
}
