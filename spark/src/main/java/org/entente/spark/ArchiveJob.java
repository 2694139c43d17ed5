package org.entente.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Codes an archive with Spark: reads its records ({@link Inputs}), spreads them over the cluster
 * by id, codes each partition with the executor's extractor ({@link Coder}), keeps the coded
 * rows, and writes the four tables from them ({@link Tables}).
 *
 * @since 0.1
 */
final class ArchiveJob {
    /** Articles per coding task when the partition count is left to the job: about 10 s of work. */
    static final int ARTICLES_PER_TASK = 1000;

    private ArchiveJob() {
    }

    /**
     * What to code and where to write it.
     *
     * @param input        a file, directory or glob (any Hadoop file system URI)
     * @param inputFormat  how to read it
     * @param output       the directory that receives {@code articles}, {@code events}, {@code tags}, {@code errors}
     * @param outputFormat Parquet or JSON Lines
     * @param partitions   coding tasks; 0 lets the job choose
     * @param published    the publication date of records that give none (null: the date printed in the text, if any)
     * @param cms          where to send the coded stories, or null not to
     */
    record Options(String input, Inputs.Format inputFormat, String output, Tables.Output outputFormat, int partitions,
                   LocalDate published, CmsBackfill.Settings cms) {
        Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(inputFormat, "inputFormat");
            Objects.requireNonNull(output, "output");
            Objects.requireNonNull(outputFormat, "outputFormat");
            if (partitions < 0) {
                throw new IllegalArgumentException("partitions must be 0 (automatic) or more, was " + partitions);
            }
        }
    }

    /**
     * What a run did.
     *
     * @param records  input records read
     * @param articles articles coded
     * @param errors   records in {@code errors}
     * @param events   events found
     * @param seconds  wall time from reading to the last table written
     * @param cms      what the CMS backfill did, or null without one
     */
    record Summary(long records, long articles, long errors, long events, double seconds, CmsBackfill.Result cms) {
        /** Articles coded per second of the run. */
        double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }
    }

    /**
     * Runs the job.
     *
     * @param progress where to print a progress line every few seconds, or null for none
     */
    static Summary run(SparkSession spark, Options options, PrintStream progress) {
        long start = System.nanoTime();
        Dataset<Row> records = Inputs.read(spark, options.input(), options.inputFormat());
        if (options.published() != null) {
            records = records.withColumn("published", coalesce(col("published"), lit(options.published().toString())));
        }
        long total = records.count();
        int partitions = options.partitions() > 0 ? options.partitions()
                : (int) Math.max(spark.sparkContext().defaultParallelism() * 4L, Math.min(100_000, (total + ARTICLES_PER_TASK - 1) / ARTICLES_PER_TASK));

        LongAccumulator coded = spark.sparkContext().longAccumulator("articles coded");
        LongAccumulator failed = spark.sparkContext().longAccumulator("records failed");
        LongAccumulator events = spark.sparkContext().longAccumulator("events found");
        // Hashing by id spreads the articles evenly and puts each one in the same task on every run.
        Dataset<Row> result = records.repartition(partitions, col("id"))
                .mapPartitions(new Coder(coded, failed, events), Encoders.row(Schemas.CODED))
                // coded once, read by the four tables
                .persist(StorageLevel.MEMORY_AND_DISK());
        Progress line = progress == null ? null
                : Progress.start(() -> coded.value() + failed.value(), total, progress, Duration.ofSeconds(5));
        try {
            for (String name : Tables.NAMES) {
                Tables.write(Tables.table(name, result), name, options.output() + "/" + name, options.outputFormat());
            }
            removeStaleMonths(spark, result, options.output());
        } finally {
            if (line != null) {
                line.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CmsBackfill.Result cms;
        try {
            cms = options.cms() == null ? null : backfill(records, result, options.cms());
        } finally {
            result.unpersist();
        }
        return new Summary(total, coded.value(), failed.value(), events.value(), seconds, cms);
    }

    /**
     * Sends the stories that were coded to the CMS, in id order: their text as read, with the
     * publication date the extractor used (the record's, or the one printed in the text).
     */
    private static CmsBackfill.Result backfill(Dataset<Row> records, Dataset<Row> coded, CmsBackfill.Settings settings) {
        Column html = col("format").equalTo("html");
        Dataset<Row> stories = records.select(col("id"), col("format"), col("text"), col("title"), col("url"))
                .join(coded.where(col("error").isNull()).select(col("id"), col("published")), "id")
                .select(col("id"), to_json(struct(
                        when(html, lit(null)).otherwise(col("text")).as("text"),
                        when(html, col("text")).as("html"),
                        col("title"), col("url"), col("published"))).as("body"))
                .orderBy(col("id"));
        Iterator<Row> rows = stories.toLocalIterator();
        Iterator<CmsBackfill.Story> iterator = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public CmsBackfill.Story next() {
                Row row = rows.next();
                return new CmsBackfill.Story(row.getString(0), row.getString(1));
            }
        };
        return CmsBackfill.send(iterator, settings);
    }

    /**
     * Deletes, in each table, the months of this run that the table did not get this time (say a
     * month whose only error is now fixed), so that the months a run touches hold its output alone.
     */
    private static void removeStaleMonths(SparkSession spark, Dataset<Row> coded, String output) {
        // One pass over the coded rows: which tables each month of the run has rows in.
        List<Row> months = coded.groupBy(col("year"), col("month")).agg(
                max(col("error").isNull()).as("articles"),
                max(size(col("events")).gt(0)).as("events"),
                max(size(col("tags")).gt(0)).as("tags"),
                max(col("error").isNotNull()).as("errors")).collectAsList();
        Path root = new Path(output);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (Row month : months) {
                String directory = "year=" + partitionValue(month, 0) + "/month=" + partitionValue(month, 1);
                for (String name : Tables.NAMES) {
                    Path stale = new Path(new Path(root, name), directory);
                    if (!month.<Boolean>getAs(name) && fs.exists(stale)) {
                        fs.delete(stale, true);
                        if (fs.listStatus(stale.getParent()).length == 0) {
                            fs.delete(stale.getParent(), false); // the year, once its last month is gone
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clean the months of " + output, e);
        }
    }

    private static String partitionValue(Row row, int i) {
        // Spark's directory name for a null partition value
        return row.isNullAt(i) ? "__HIVE_DEFAULT_PARTITION__" : String.valueOf(row.getInt(i));
    }
}
