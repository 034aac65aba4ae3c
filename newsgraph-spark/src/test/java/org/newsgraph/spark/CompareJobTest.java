package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Reference;
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

    /** An article with one figure in a city of a country, credited to a source. */
    private static Analysis report(String id, String date, String city, String country, String sourceName,
                                   Measure measure, double value, boolean approximate) {
        String sentence = "In " + city + ", " + (long) value + " people were " + measure.jsonName() + ", " + sourceName + " said.";
        String text = "Report\n\n" + sentence;
        int cityAt = text.indexOf(city);
        int valueAt = text.indexOf(String.valueOf((long) value));
        int sourceAt = text.indexOf(sourceName);
        Entity place = new Entity("e1", EntityType.LOCATION, city, Optional.empty(), Optional.of(country), Optional.empty(),
                Optional.empty(), List.of(new Mention(city, cityAt, cityAt + city.length(), Mention.Kind.NAME)));
        Entity source = new Entity("e2", EntityType.ORGANIZATION, sourceName, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Mention(sourceName, sourceAt, sourceAt + sourceName.length(), Mention.Kind.NAME)));
        String figureText = (long) value + " people were " + measure.jsonName();
        Figure f = new Figure(value, OptionalDouble.empty(), approximate, Optional.empty(), measure, figureText, valueAt,
                valueAt + figureText.length(), Optional.of(new Reference(Optional.of("e2"), Optional.of(sourceName), sourceAt,
                sourceAt + sourceName.length())), OptionalInt.empty());
        return new Analysis(id, "en", Optional.of(date), Optional.empty(), Optional.of("Report"), text, sentence,
                Optional.of("https://example.org/" + id), List.of(place, source), List.of(), List.of(f), List.of(), List.of());
    }

    @BeforeAll
    static void corpus() {
        // one storm over two weeks: two agencies disagree on the first day, then the toll rises
        analyses.add(report("a1", "2024-03-02", "Leeds", "GB", "the police", Measure.KILLED, 12, false));
        analyses.add(report("a2", "2024-03-02", "Bristol", "GB", "the coastguard", Measure.KILLED, 19, false));
        analyses.add(report("a3", "2024-03-05", "Leeds", "GB", "the police", Measure.KILLED, 23, false));
        analyses.add(report("a4", "2024-03-05", "Leeds", "GB", "the council", Measure.INJURED, 40, true));
        // another country, and an event two months later in the first one
        analyses.add(report("b1", "2024-03-03", "Lyon", "FR", "la préfecture", Measure.EVACUATED, 300, true));
        analyses.add(report("b2", "2024-03-04", "Nantes", "FR", "les pompiers", Measure.EVACUATED, 320, false));
        analyses.add(report("c1", "2024-05-20", "Cardiff", "GB", "the ambulance service", Measure.KILLED, 3, false));
        analyses.add(report("d1", "2024-03-06", "Glasgow", "GB", "the police", Measure.OTHER, 5000000, false));
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
