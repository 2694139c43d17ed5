package org.entente.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The row types the job passes between its steps. The output tables are projections of
 * {@link #CODED} (see {@link Tables}); the README documents them column by column. Dates travel
 * as ISO strings and become DATE columns in the tables: converting {@code java.sql.Date} values
 * needs JDK internals that Java 17 closes without {@code --add-opens}.
 *
 * @since 0.1
 */
final class Schemas {
    /**
     * One input record, whatever the input format: the article's id, {@code text} or {@code html},
     * its text, headline, URL and publication date as given (YYYY-MM-DD or an ISO date-time), the
     * file it came from, and the reason it cannot be coded if reading it already failed.
     */
    static final StructType RECORD = struct(
            field("id", StringType),
            field("format", StringType),
            field("text", StringType),
            field("title", StringType),
            field("url", StringType),
            field("published", StringType),
            field("source", StringType),
            field("error", StringType));

    /** An evidence span: the sentence and its offsets in the cleaned text. */
    static final StructType EVIDENCE = struct(
            field("text", StringType),
            field("start", IntegerType),
            field("end", IntegerType));

    /** One event with the model's fields flattened (actors as their codes and names). */
    static final StructType EVENT = struct(
            field("event_id", StringType),
            field("main", BooleanType),
            field("type", StringType),
            field("mode", StringType),
            field("contexts", createArrayType(StringType, false)),
            field("cameo", StringType),
            field("quad_class", StringType),
            field("goldstein", DoubleType),
            field("source_codes", createArrayType(StringType, false)),
            field("source_names", createArrayType(StringType, false)),
            field("target_codes", createArrayType(StringType, false)),
            field("target_names", createArrayType(StringType, false)),
            field("modality", StringType),
            field("historical", BooleanType),
            field("date", StringType),
            field("date_precision", StringType),
            field("place_name", StringType),
            field("place_country", StringType),
            field("place_lat", DoubleType),
            field("place_lon", DoubleType),
            field("confidence", DoubleType),
            field("attribution", StringType),
            field("evidence", createArrayType(EVIDENCE, false)));

    /** One tag of an article. */
    static final StructType TAG = struct(
            field("tag_id", StringType),
            field("kind", StringType),
            field("label", StringType),
            field("relevance", DoubleType),
            field("confidence", DoubleType));

    /**
     * One record after coding: the article (with the headline and date the extractor read, and
     * the year and month that partition the tables) with its events and tags, or the reason it
     * could not be coded ({@code error} not null, then no events or tags).
     */
    static final StructType CODED = struct(
            field("id", StringType),
            field("title", StringType),
            field("url", StringType),
            field("format", StringType),
            field("source", StringType),
            field("published", StringType),
            field("year", IntegerType),
            field("month", IntegerType),
            field("error", StringType),
            field("events", createArrayType(EVENT, false)),
            field("tags", createArrayType(TAG, false)));

    private Schemas() {
    }

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
