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
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;

/** The DuckDB queries of docs/spark.md run as written on the Parquet files Spark writes. */
class DuckDbQueriesTest {
    @TempDir
    static Path dir;
    static String files;

    @BeforeAll
    static void parquet() {
        List<Row> rows = List.of(
                quoted(TestAnalyses.report("a1", "2024-03-02", "Leeds", "GB", "the police", Measure.KILLED, 12, false)),
                TestAnalyses.report("a2", "2024-03-03", "Leeds", "GB", "the coastguard", Measure.KILLED, 19, false),
                TestAnalyses.report("a3", "2024-03-04", "Bristol", "GB", "the police", Measure.INJURED, 40, true))
                .stream().map(AnalysisRows::toRow).toList();
        String out = dir.resolve("analyses").toString();
        TestSpark.session().createDataFrame(rows, AnalysisSchema.ANALYSIS).coalesce(1).write().parquet(out);
        files = out + "/*.parquet";
    }

    /** The analysis with an outlet and a quote by its source entity. */
    private static Analysis quoted(Analysis a) {
        Quote q = new Quote("the roads will reopen tomorrow", 0, 10, true,
                Optional.of(new Reference(Optional.of("e2"), Optional.of("the police"), 0, 0)));
        Outlet o = new Outlet("Leeds Courier", Optional.of("courier.example.org"), "url", Optional.empty(), Optional.empty(), List.of());
        return new Analysis(a.id(), a.lang(), a.published(), Optional.of(o), a.title(), a.text(), a.body(), a.url(),
                a.entities(), List.of(q), a.figures(), a.times(), a.warnings());
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

    @Test
    void whoIsQuotedMostByOutlet() throws Exception {
        assertThat(query("""
                SELECT outlet.name AS outlet, q.speaker.text AS speaker, count(*) AS quotes
                FROM (SELECT outlet, unnest(quotes) AS q FROM 'analyses/*.parquet')
                WHERE q.speaker IS NOT NULL GROUP BY ALL ORDER BY quotes DESC LIMIT 20"""))
                .containsExactly("Leeds Courier|the police|1");
    }
}
