package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Measure;

/** The DuckDB queries of docs/spark.md run as written on the Parquet files Spark writes. */
class DuckDbQueriesTest {
    @TempDir
    static Path dir;
    static String files;

    @BeforeAll
    static void parquet() {
        List<Row> rows = List.of(
                TestAnalyses.report("a1", "2024-03-02", "Leeds", "GB", "the police", Measure.KILLED, 12, false),
                TestAnalyses.report("a2", "2024-03-03", "Leeds", "GB", "the coastguard", Measure.KILLED, 19, false),
                TestAnalyses.report("a3", "2024-03-04", "Bristol", "GB", "the police", Measure.INJURED, 40, true))
                .stream().map(AnalysisRows::toRow).toList();
        String out = dir.resolve("analyses").toString();
        TestSpark.session().createDataFrame(rows, AnalysisSchema.ANALYSIS).coalesce(1).write().parquet(out);
        files = out + "/*.parquet";
    }

    private static List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql.replace("analyses/*.parquet", files))) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= cols; i++) cells.add(String.valueOf(rs.getObject(i)));
                out.add(String.join("|", cells));
            }
        }
        return out;
    }

    @Test
    void articlesPerLanguage() throws Exception {
        assertThat(query("SELECT lang, count(*) AS articles FROM 'analyses/*.parquet' GROUP BY lang ORDER BY articles DESC"))
                .containsExactly("en|3");
    }

    @Test
    void mostNamedEntities() throws Exception {
        assertThat(query("""
                SELECT e.name, e.type, count(DISTINCT id) AS articles
                FROM (SELECT id, unnest(entities) AS e FROM 'analyses/*.parquet')
                GROUP BY ALL ORDER BY articles DESC, e.name LIMIT 20"""))
                .startsWith("Leeds|LOCATION|2", "the police|ORGANIZATION|2");
    }

    @Test
    void whoGaveWhichDeathToll() throws Exception {
        assertThat(query("""
                SELECT published, f.value, f.approximate, f.source.text AS source, url
                FROM (SELECT published, url, unnest(figures) AS f FROM 'analyses/*.parquet')
                WHERE f.measure = 'killed' ORDER BY published"""))
                .containsExactly("2024-03-02|12.0|false|the police|https://example.org/a1",
                        "2024-03-03|19.0|false|the coastguard|https://example.org/a2");
    }
}
