package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.facts.FactGroup;

/**
 * The Spark comparison gives the same fact groups, in the same order, as the embedded comparison
 * ({@code FactComparison}, what {@code newsgraph compare} runs over a store) on the same analyses.
 */
class CompareJobTest {
    @TempDir
    static Path dir;
    static List<Analysis> analyses = new ArrayList<>();
    static String parquet;

    @BeforeAll
    static void corpus() {
        // one storm over two weeks: two agencies disagree on the first day, then the toll rises
        analyses.add(TestAnalyses.report("a1", "2024-03-02", "Leeds", "GB", "the police", Measure.KILLED, 12, false));
        analyses.add(TestAnalyses.report("a2", "2024-03-02", "Bristol", "GB", "the coastguard", Measure.KILLED, 19, false));
        analyses.add(TestAnalyses.report("a3", "2024-03-05", "Leeds", "GB", "the police", Measure.KILLED, 23, false));
        analyses.add(TestAnalyses.report("a4", "2024-03-05", "Leeds", "GB", "the council", Measure.INJURED, 40, true));
        // another country, and an event two months later in the first one
        analyses.add(TestAnalyses.report("b1", "2024-03-03", "Lyon", "FR", "la préfecture", Measure.EVACUATED, 300, true));
        analyses.add(TestAnalyses.report("b2", "2024-03-04", "Nantes", "FR", "les pompiers", Measure.EVACUATED, 320, false));
        analyses.add(TestAnalyses.report("c1", "2024-05-20", "Cardiff", "GB", "the ambulance service", Measure.KILLED, 3, false));
        analyses.add(TestAnalyses.report("d1", "2024-03-06", "Glasgow", "GB", "the police", Measure.OTHER, 5000000, false));
        List<Row> rows = analyses.stream().map(AnalysisRows::toRow).toList();
        parquet = dir.resolve("analyses").toString();
        TestSpark.session().createDataFrame(rows, AnalysisSchema.ANALYSIS).repartition(3).write().parquet(parquet);
    }

    private static List<String> embedded(Optional<Measure> measure, Optional<String> entity) {
        List<FactGroup> groups = FactComparison.standard().compare(analyses, measure, entity);
        CompareJob.Filter filter = new CompareJob.Filter(measure.orElse(null), entity.orElse(null));
        return groups.stream().map(g -> CompareJob.groupJson(g, filter)).toList();
    }

    private static List<String> spark(Optional<Measure> measure, Optional<String> entity) {
        SparkSession spark = TestSpark.session();
        return new CompareJob(spark).groups(spark.read().parquet(parquet), measure, entity).collectAsList();
    }

    @Test
    void allFactsAreTheEmbeddedComparisonsInItsOrder() {
        List<String> expected = embedded(Optional.empty(), Optional.empty());
        assertThat(expected).hasSizeGreaterThanOrEqualTo(4);
        assertThat(spark(Optional.empty(), Optional.empty())).containsExactlyElementsOf(expected);
    }

    @Test
    void measureAndPlaceFiltersGiveTheEmbeddedGroups() {
        List<String> killedInBritain = embedded(Optional.of(Measure.KILLED), Optional.of("United Kingdom"));
        assertThat(killedInBritain).hasSize(2);
        assertThat(spark(Optional.of(Measure.KILLED), Optional.of("United Kingdom"))).containsExactlyElementsOf(killedInBritain);
        assertThat(spark(Optional.empty(), Optional.of("Lyon"))).containsExactlyElementsOf(embedded(Optional.empty(), Optional.of("Lyon")));
    }

    @Test
    void writesOneGroupPerLine() {
        String out = dir.resolve("facts").toString();
        long n = new CompareJob(TestSpark.session()).run(parquet, out, Optional.empty(), Optional.empty(), false);
        assertThat(n).isEqualTo(embedded(Optional.empty(), Optional.empty()).size());
        assertThat(TestSpark.session().read().textFile(out).count()).isEqualTo(n);
    }
}
