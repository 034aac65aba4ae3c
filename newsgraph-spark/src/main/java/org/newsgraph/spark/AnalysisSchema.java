package org.newsgraph.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of analyses: one row per article, docs/format.md §2 field names, with entities (and their
 * mentions), quotes, figures and times as arrays of structs. Written out explicitly rather than inferred from a
 * bean, so the columns a DuckDB or Spark SQL query names never move when a Java class changes.
 *
 * <p>Offsets are UTF-16 indices into {@code text}, as in the JSON. Optional values are null columns; a field the
 * JSON writes only when it applies ({@code status} and {@code denied_by} of a denied figure, {@code value_end} of a
 * range) is a null column otherwise.
 *
 * <p>Not derived from the format's definition at run time: {@code docs/analysis.schema.json} (against which io's
 * JSON writer is validated) says what the fields are, but not the Spark types a query sees (int or long, struct
 * order). Instead {@code AnalysisSchemaFollowsTheFormatTest} fails the build when a struct here and its JSON
 * schema object do not have the same fields, so the two cannot drift apart unseen.
 */
public final class AnalysisSchema {
    private AnalysisSchema() {
    }

    /** A reference to who said or gave something: {@code speaker} of a quote, {@code source} of a figure. */
    public static final StructType REFERENCE = struct(
            nullable("entity", DataTypes.StringType),
            nullable("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            nullable("score", DataTypes.DoubleType));

    public static final StructType OUTLET = struct(
            required("name", DataTypes.StringType),
            nullable("domain", DataTypes.StringType),
            required("evidence", DataTypes.StringType),
            nullable("country", DataTypes.StringType),
            nullable("affiliation", DataTypes.StringType),
            required("wires", array(DataTypes.StringType)));

    public static final StructType MENTION = struct(
            required("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            required("kind", DataTypes.StringType));

    public static final StructType ENTITY = struct(
            required("id", DataTypes.StringType),
            required("type", DataTypes.StringType),
            required("name", DataTypes.StringType),
            nullable("kb", DataTypes.StringType),
            nullable("country", DataTypes.StringType),
            nullable("lat", DataTypes.DoubleType),
            nullable("lon", DataTypes.DoubleType),
            required("mentions", array(MENTION)));

    public static final StructType QUOTE = struct(
            required("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            required("direct", DataTypes.BooleanType),
            nullable("speaker", REFERENCE));

    public static final StructType FIGURE = struct(
            required("value", DataTypes.DoubleType),
            nullable("max", DataTypes.DoubleType),
            required("approximate", DataTypes.BooleanType),
            nullable("bound", DataTypes.StringType),
            required("measure", DataTypes.StringType),
            required("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            nullable("source", REFERENCE),
            nullable("part_of", DataTypes.IntegerType),
            nullable("status", DataTypes.StringType),
            nullable("denied_by", REFERENCE),
            nullable("place", DataTypes.StringType),
            nullable("date", DataTypes.StringType));

    public static final StructType TIME = struct(
            required("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            nullable("value", DataTypes.StringType),
            nullable("mod", DataTypes.StringType),
            nullable("value_end", DataTypes.StringType));

    public static final StructType EVENT = struct(
            required("type", DataTypes.StringType),
            required("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            nullable("cameo", DataTypes.StringType),
            nullable("actor", REFERENCE),
            nullable("place", REFERENCE),
            required("place_inferred", DataTypes.BooleanType),
            nullable("time", DataTypes.IntegerType),
            required("figures", array(DataTypes.IntegerType)),
            nullable("cameo_root", DataTypes.StringType));

    public static final StructType FRAMING = struct(
            required("kind", DataTypes.StringType),
            required("text", DataTypes.StringType),
            required("start", DataTypes.IntegerType),
            required("end", DataTypes.IntegerType),
            required("reason", DataTypes.StringType),
            nullable("alternative", DataTypes.StringType),
            nullable("basis", DataTypes.StringType),
            nullable("speaker", REFERENCE));

    /** One article's analysis. */
    public static final StructType ANALYSIS = struct(
            required("id", DataTypes.StringType),
            required("lang", DataTypes.StringType),
            nullable("published", DataTypes.StringType),
            nullable("url", DataTypes.StringType),
            nullable("outlet", OUTLET),
            nullable("title", DataTypes.StringType),
            required("text", DataTypes.StringType),
            required("body", DataTypes.StringType),
            required("entities", array(ENTITY)),
            required("quotes", array(QUOTE)),
            required("figures", array(FIGURE)),
            required("times", array(TIME)),
            required("warnings", array(DataTypes.StringType)),
            required("events", array(EVENT)),
            required("framing", array(FRAMING)));

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }

    private static StructField required(String name, DataType type) {
        return DataTypes.createStructField(name, type, false);
    }

    private static StructField nullable(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static ArrayType array(DataType element) {
        return DataTypes.createArrayType(element, false);
    }
}
