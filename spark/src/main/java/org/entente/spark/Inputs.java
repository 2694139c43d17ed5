package org.entente.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.types.DataTypes.StringType;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Reads an archive into {@link Schemas#RECORD}s with Spark's own data sources: {@code binaryFile}
 * for one article per file, {@code json} for JSON Lines and {@code xml} for a WordPress export
 * (WXR). A record Spark cannot parse becomes a record with an {@code error}, never a failure.
 *
 * @since 0.1
 */
final class Inputs {
    /** The column Spark fills with a line or item it cannot parse. */
    private static final String CORRUPT = "_corrupt_record";

    /** The fields of a JSON Lines record; anything else on the line is ignored. */
    static final StructType JSON_LINE = new StructType(new StructField[] {
        string("id"), string("text"), string("html"), string("title"), string("url"), string("published"),
        string(CORRUPT)});

    /** The fields of a WXR {@code <item>} the job reads; Spark keeps the namespace prefix in the name. */
    static final StructType WXR_ITEM = new StructType(new StructField[] {
        string("title"), string("link"), string("content:encoded"), string("wp:post_id"), string("wp:post_date"),
        string("wp:post_type"), string("wp:status"), string(CORRUPT)});

    private Inputs() {
    }

    /** The kinds of archive the job reads. */
    enum Format {
        /** A directory or glob of files, one article each: HTML if named *.html or *.htm, else plain text. */
        FILES,
        /** JSON Lines: {@code {"id", "text" or "html", "title", "url", "published"}} per line. */
        JSONL,
        /** A WordPress export (WXR): its published posts. */
        WXR;

        /** The format a path's name suggests: .jsonl, .json, .ndjson; .xml, .wxr; else files. */
        static Format guess(String path) {
            String name = path.toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
                return JSONL;
            }
            if (name.endsWith(".xml") || name.endsWith(".wxr")) {
                return WXR;
            }
            return FILES;
        }
    }

    /** The records of the archive at {@code path} (a file, directory or glob; any Hadoop file system URI). */
    static Dataset<Row> read(SparkSession spark, String path, Format format) {
        return switch (format) {
            // the files of a directory, not of its subdirectories (a glob reaches those: archive/*/*/*.html)
            case FILES -> spark.read().format("binaryFile").load(path)
                    .select(col("path"), col("content"))
                    .map((MapFunction<Row, Row>) Inputs::fromFile, Encoders.row(Schemas.RECORD));
            case JSONL -> spark.read().schema(JSON_LINE)
                    .option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                    .json(path)
                    .select(col("*"), col("_metadata.file_path").as("source"))
                    .map((MapFunction<Row, Row>) Inputs::fromJsonLine, Encoders.row(Schemas.RECORD));
            case WXR -> spark.read().format("xml").schema(WXR_ITEM)
                    .option("rowTag", "item").option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                    .load(path)
                    .select(col("*"), col("_metadata.file_path").as("source"))
                    // posts only (not pages, attachments or menu items), as published
                    .where(col(CORRUPT).isNotNull().or(col("`wp:post_type`").equalTo("post")
                            .and(col("`wp:status`").equalTo("publish"))))
                    .map((MapFunction<Row, Row>) Inputs::fromWxrItem, Encoders.row(Schemas.RECORD));
        };
    }

    /** An article file: its name is the id (as the extract command line names its output lines). */
    static Row fromFile(Row file) {
        String source = file.getString(0);
        String name = new Path(source).getName();
        String format = name.toLowerCase(Locale.ROOT).matches(".*\\.html?") ? "html" : "text";
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(file.getAs(1))).toString();
            return record(name, format, text, null, null, null, source, null);
        } catch (CharacterCodingException e) {
            return record(name, format, null, null, null, null, source, "not UTF-8 text");
        }
    }

    /** A JSON line: text wins over html when a line has both. */
    static Row fromJsonLine(Row line) {
        String source = line.getAs("source");
        String corrupt = line.getAs(CORRUPT);
        if (corrupt != null) {
            return record(lineId(corrupt), null, null, null, null, null, source, "malformed JSON line");
        }
        String id = line.getAs("id");
        String text = line.getAs("text");
        String html = line.getAs("html");
        String format = text == null && html != null ? "html" : "text";
        String body = text != null ? text : html;
        String error = id == null || id.isBlank() ? "no id" : body == null ? "neither text nor html" : null;
        if (id == null || id.isBlank()) {
            id = lineId(String.valueOf(line.getAs("title")) + '\n' + body);
        }
        return record(id, format, body, line.getAs("title"), line.getAs("url"), line.getAs("published"), source, error);
    }

    /** A WordPress post: the story {@code wp-<post id>}, as the CMS connector names it. */
    static Row fromWxrItem(Row item) {
        String source = item.getAs("source");
        String corrupt = item.getAs(CORRUPT);
        String postId = item.getAs("wp:post_id");
        if (corrupt != null || postId == null || postId.isBlank()) {
            return record(lineId(corrupt == null ? String.valueOf(item.getAs("title")) : corrupt), null, null, null, null, null, source,
                    corrupt != null ? "malformed WXR item" : "WXR item without wp:post_id");
        }
        String content = item.getAs("content:encoded");
        return record("wp-" + postId.strip(), "html", content, item.getAs("title"), item.getAs("link"),
                item.getAs("wp:post_date"), source, content == null || content.isBlank() ? "post without content" : null);
    }

    private static Row record(String id, String format, String text, String title, String url, String published,
                              String source, String error) {
        return RowFactory.create(id, format, text, title, url, published, source, error);
    }

    /** A stable id for a record that has none: its content's hash, so a re-run gives the same one. */
    static String lineId(String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "unidentified-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static StructField string(String name) {
        return new StructField(name, StringType, true, Metadata.empty());
    }
}
