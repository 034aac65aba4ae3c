package org.newsgraph.io.write.gkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.write.AnalysisFormats;
import org.newsgraph.io.write.AnalysisSink;
import org.newsgraph.io.write.SampleAnalyses;
import org.newsgraph.io.write.WriteOptions;

/**
 * The GKG file loads into DuckDB as GDELT's own files do: tab-separated, no header, no quoting, the column names of
 * GKG 2.1 (plus Newsgraph's extension), one row per article.
 */
class GkgLoadsIntoDuckDbTest {

    @Test
    void theRowsLoadUnderGkgsColumnNames(@TempDir Path dir) throws Exception {
        StringWriter w = new StringWriter();
        try (AnalysisSink sink = AnalysisFormats.expect("gkg").open(w, WriteOptions.PLAIN.several(true))) {
            sink.write(SampleAnalyses.floods());
            sink.write(SampleAnalyses.floods());
        }
        Path file = dir.resolve("articles.gkg.tsv");
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
        String columns = GkgColumns.all().stream().map(c -> "'" + c + "': 'VARCHAR'").collect(Collectors.joining(", "));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gkg AS SELECT * FROM read_csv('" + file + "', delim='\\t', header=false, quote='',"
                    + " escape='', columns={" + columns + "})");
            try (ResultSet r = s.executeQuery("SELECT count(*), min(DATE), min(SourceCommonName), min(V2Counts),"
                    + " min(Quotations), min(NewsgraphCountSources), min(Extras) FROM gkg")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).isEqualTo(2);
                assertThat(r.getString(2)).isEqualTo("20240313000000");
                assertThat(r.getString(3)).isEqualTo("steppe-courier.example");
                assertThat(r.getString(4)).startsWith("KILL#12#killed#4#Bishkek, Kyrgyzstan#KG#");
                assertThat(r.getString(5)).contains("|Aibek Toktorov|We lost everything");
                assertThat(r.getString(6)).contains("Ministry of Emergency Situations");
                assertThat(r.getString(7)).contains("🌊");
            }
            try (ResultSet r = s.executeQuery("SELECT strptime(min(DATE), '%Y%m%d%H%M%S')::DATE FROM gkg")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("2024-03-13");
            }
        }
    }
}
