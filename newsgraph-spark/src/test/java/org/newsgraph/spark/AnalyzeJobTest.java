package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Pipeline;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.warc.WarcArticleReader;
import org.newsgraph.io.write.AnalysisJsonWriter;

/**
 * The Spark job gives, article for article, exactly the JSON of the embedded pipeline ({@code newsgraph analyze}
 * on the same records), from JSONL and from WARC input, through Parquet and through JSONL output.
 */
class AnalyzeJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path jsonl;
    static List<String> warcs;
    static Map<String, String> embedded;

    @BeforeAll
    static void corpus() throws Exception {
        jsonl = TestCorpus.writeJsonLines(dir.resolve("news.jsonl"), TestCorpus.items(0, 30));
        Files.writeString(jsonl, "{\"id\": \"broken\", \"text\": \n", StandardOpenOption.APPEND);
        warcs = List.of(TestCorpus.writeWarc(dir.resolve("crawl-1.warc.gz"), TestCorpus.items(30, 15)).toString(),
                TestCorpus.writeWarc(dir.resolve("crawl-2.warc.gz"), TestCorpus.items(45, 15)).toString());
        embedded = embeddedAnalyses();
        assertThat(embedded).hasSize(60);
    }

    /** What the embedded readers give: `newsgraph analyze` for the JSONL records, `newsgraph ingest` for the WARC files. */
    private static Map<String, String> embeddedAnalyses() {
        List<ReadResult> read = new ArrayList<>();
        new ArticleReader().read(jsonl.toString(), read::add);
        for (String warc : warcs) new WarcArticleReader().read(Path.of(warc), read::add);
        Pipeline pipeline = StandardPipeline.create();
        AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
        Map<String, String> out = new HashMap<>();
        for (ReadResult r : read) {
            r.article().ifPresent(a -> out.put(a.id(), writer.toJson(Analyses.of(pipeline.run(a)))));
        }
        return out;
    }

    private static List<String> inputs() {
        List<String> in = new ArrayList<>(warcs);
        in.add(0, jsonl.toString());
        return in;
    }

    @Test
    void parquetRowsHoldExactlyTheEmbeddedAnalyses() {
        SparkSession spark = TestSpark.session();
        String out = dir.resolve("out-parquet").toString();
        AnalyzeJob.Summary summary = new AnalyzeJob(spark).run(inputs(), out, AnalyzeJob.Format.parquet, false);

        assertThat(summary.analysed()).isEqualTo(60);
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.someFailures()).singleElement().asString().contains("news.jsonl", "not valid JSON");

        Dataset<Row> rows = spark.read().parquet(out);
        assertThat(rows.schema().catalogString()).isEqualTo(AnalysisSchema.ANALYSIS.catalogString());
        AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
        Map<String, String> fromSpark = new HashMap<>();
        for (Row r : rows.collectAsList()) fromSpark.put(r.getString(0), writer.toJson(AnalysisRows.fromRow(r)));
        assertThat(embedded).hasSize(60);
        assertThat(fromSpark).isEqualTo(embedded);
    }

    @Test
    void jsonLinesOutputIsTheEmbeddedJsonLineForLine() throws Exception {
        SparkSession spark = TestSpark.session();
        String out = dir.resolve("out-jsonl").toString();
        AnalyzeJob.Summary summary = new AnalyzeJob(spark).run(inputs(), out, AnalyzeJob.Format.jsonl, false);

        assertThat(summary.analysed()).isEqualTo(60);
        Map<String, String> fromSpark = new HashMap<>();
        for (String line : spark.read().textFile(out).collectAsList()) {
            fromSpark.put(JSON.readTree(line).get("id").asText(), line);
        }
        assertThat(fromSpark).isEqualTo(embedded);
    }

    @Test
    void gkgOutputIsTheEmbeddedGkgRowOfEachArticle() {
        SparkSession spark = TestSpark.session();
        String out = dir.resolve("out-gkg").toString();
        AnalyzeJob.Summary summary = new AnalyzeJob(spark).run(inputs(), out, AnalyzeJob.Format.gkg, false);

        assertThat(summary.analysed()).isEqualTo(60);
        Map<String, String> fromSpark = new HashMap<>();
        for (String line : spark.read().textFile(out).collectAsList()) fromSpark.put(line.split("\t", -1)[4], line);
        Map<String, String> expected = new HashMap<>();
        for (String json : embedded.values()) {
            org.newsgraph.core.model.Analysis a = org.newsgraph.io.json.AnalysisJsonReader.read(json);
            expected.put(a.url().orElse(a.id()), org.newsgraph.io.write.gkg.GkgRow.of(a));
        }
        assertThat(fromSpark).isEqualTo(expected);
    }

    @Test
    void csvOutputHasOneRowPerFigureUnderTheFiguresHeader() {
        SparkSession spark = TestSpark.session();
        String out = dir.resolve("out-csv").toString();
        new AnalyzeJob(spark).run(inputs(), out, AnalyzeJob.Format.csv, false);

        Dataset<Row> rows = spark.read().option("header", true).option("escape", "\"").option("multiLine", true).csv(out);
        assertThat(List.of(rows.columns())).isEqualTo(org.newsgraph.io.write.FigureCsvFormat.HEADER);
        long figures = embedded.values().stream()
                .mapToLong(j -> org.newsgraph.io.json.AnalysisJsonReader.read(j).figures().size()).sum();
        assertThat(rows.count()).isEqualTo(figures).isPositive();
    }

    @Test
    void eachWarcFileIsOneTask() {
        AnalyzeJob job = new AnalyzeJob(TestSpark.session());
        Dataset<Row> rows = job.rows(warcs, job.counters());
        assertThat(rows.javaRDD().getNumPartitions()).isEqualTo(2);
    }

    @Test
    void existingOutputIsRefusedBeforeAnyWorkUnlessOverwriting() throws Exception {
        Path existing = Files.createDirectory(dir.resolve("already-there"));
        AnalyzeJob job = new AnalyzeJob(TestSpark.session());
        assertThatThrownBy(() -> job.run(List.of(jsonl.toString()), existing.toString(), AnalyzeJob.Format.jsonl, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--overwrite");
    }

    @Test
    void inputThatDoesNotExistIsNamed() {
        AnalyzeJob job = new AnalyzeJob(TestSpark.session());
        assertThatThrownBy(() -> job.run(List.of(dir.resolve("nowhere.jsonl").toString()), dir.resolve("o").toString(),
                AnalyzeJob.Format.jsonl, false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere.jsonl does not exist");
    }
}
