package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The Parquet schema has the fields of the format's one definition, {@code docs/analysis.schema.json} (which io's
 * JSON writer is validated against): a field added to the JSON and forgotten here, or the other way round, fails.
 */
class AnalysisSchemaFollowsTheFormatTest {
    private static final Path FORMAT = Path.of("..", "docs", "analysis.schema.json");

    @Test
    void everyStructHasTheFieldsOfItsJsonObject() throws IOException {
        JsonNode format = new ObjectMapper().readTree(FORMAT.toFile());
        JsonNode defs = format.get("$defs");
        assertFields("analysis", AnalysisSchema.ANALYSIS, format);
        assertFields("outlet", AnalysisSchema.OUTLET, defs.get("outlet"));
        assertFields("entity", AnalysisSchema.ENTITY, defs.get("entity"));
        assertFields("mention", AnalysisSchema.MENTION, defs.get("mention"));
        assertFields("reference", AnalysisSchema.REFERENCE, objectOf(defs.get("reference")));
        assertFields("quote", AnalysisSchema.QUOTE, defs.get("quote"));
        assertFields("figure", AnalysisSchema.FIGURE, defs.get("figure"));
        assertFields("time", AnalysisSchema.TIME, defs.get("time"));
        assertFields("event", AnalysisSchema.EVENT, defs.get("event"));
        assertFields("framing", AnalysisSchema.FRAMING, defs.get("framing"));
    }

    private static void assertFields(String what, StructType struct, JsonNode object) {
        List<String> json = new ArrayList<>();
        object.get("properties").fieldNames().forEachRemaining(json::add);
        List<String> parquet = new ArrayList<>();
        for (StructField f : struct.fields()) parquet.add(f.name());
        assertThat(new TreeSet<>(parquet)).as("fields of %s", what).isEqualTo(new TreeSet<>(json));
    }

    /** A nullable object is written {@code oneOf: [null, object]}: the object branch. */
    private static JsonNode objectOf(JsonNode node) {
        if (node.has("properties")) return node;
        for (JsonNode branch : node.get("oneOf")) if (branch.has("properties")) return branch;
        throw new AssertionError("no object in " + node);
    }
}
