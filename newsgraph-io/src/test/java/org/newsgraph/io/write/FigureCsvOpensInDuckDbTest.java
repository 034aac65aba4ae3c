package org.newsgraph.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures CSV is RFC 4180 that DuckDB's read_csv_auto reads with typed columns. */
class FigureCsvOpensInDuckDbTest {

    @Test
    void readCsvAutoTypesTheColumnsAndKeepsQuotedSentences(@TempDir Path dir) throws Exception {
        StringWriter w = new StringWriter();
        try (AnalysisSink sink = AnalysisFormats.expect("csv").open(w, WriteOptions.PLAIN.several(true))) {
            sink.write(SampleAnalyses.floods());
        }
        Path file = dir.resolve("figures.csv");
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        assertThat(w.toString()).contains("\r\n").startsWith(String.join(",", FigureCsvFormat.HEADER) + "\r\n");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            Map<String, String> types = new HashMap<>();
            try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_csv_auto('" + file + "')")) {
                while (r.next()) types.put(r.getString(1), r.getString(2));
            }
            assertThat(types).containsEntry("date", "DATE").containsEntry("approximate", "BOOLEAN")
                    .containsEntry("figure", "BIGINT").containsEntry("start", "BIGINT").containsEntry("part_of", "VARCHAR");
            assertThat(types.get("value")).isIn("BIGINT", "DOUBLE");
            try (ResultSet r = s.executeQuery("SELECT article, measure, value, approximate, bound, place, place_country,"
                    + " source, sentence, outlet FROM read_csv_auto('" + file + "') ORDER BY figure")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("floods-frunze");
                assertThat(r.getString(2)).isEqualTo("killed");
                assertThat(r.getLong(3)).isEqualTo(12);
                assertThat(r.getBoolean(4)).isTrue();
                assertThat(r.getString(5)).isEqualTo("at_least");
                assertThat(r.getString(6)).isEqualTo("Bishkek");
                assertThat(r.getString(7)).isEqualTo("KG");
                assertThat(r.getString(8)).isEqualTo("Ministry of Emergency Situations");
                assertThat(r.getString(9)).isEqualTo("At least 12 people were killed, the emergencies ministry said.");
                assertThat(r.getString(10)).isEqualTo("Steppe Courier");
                assertThat(r.next()).isTrue();
                assertThat(r.getString(2)).isEqualTo("evacuated");
                assertThat(r.getString(8)).isNull();
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuotedByRfc4180() {
        assertThat(Csv.record(java.util.List.of("a", "b,c", "say \"hi\"", "two\nlines", " pad", "")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\" pad\",\r\n");
    }
}
