package org.newsgraph.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Report;
import org.newsgraph.io.json.FactGroupJsonWriter;

/**
 * {@code newsgraph spark compare}: the cross-source comparison of {@code newsgraph compare} over the Parquet
 * analyses of {@link AnalyzeJob}, with the very same rules ({@code newsgraph-facts}' {@code FactComparison}).
 *
 * <p>The rules group reports by measure and place before anything else, so the job shuffles each article with
 * figures to every (measure, place) bucket its reports fall into, runs {@code compareReports} on each bucket,
 * and orders the groups as the embedded comparison does (first date, measure, place). The output is one JSON
 * object per fact group and line: the group objects of {@code newsgraph compare --format json}.
 */
public final class CompareJob {
    static final StructType BUCKETED = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("bucket", DataTypes.StringType, false),
            DataTypes.createStructField("analysis", AnalysisSchema.ANALYSIS, false)});
    static final StructType GROUP = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
            DataTypes.createStructField("from", DataTypes.LongType, false),
            DataTypes.createStructField("measure", DataTypes.IntegerType, false),
            DataTypes.createStructField("place", DataTypes.StringType, false),
            DataTypes.createStructField("index", DataTypes.IntegerType, false),
            DataTypes.createStructField("json", DataTypes.StringType, false)});

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SparkSession spark;

    public CompareJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Compares the analyses in the Parquet directory {@code in} and writes the groups as JSONL into {@code out}. */
    public long run(String in, String out, Optional<Measure> measure, Optional<String> entity, boolean overwrite) {
        OutputPaths.requireAbsent(spark, out, overwrite);
        Dataset<String> groups = groups(spark.read().schema(AnalysisSchema.ANALYSIS).parquet(in), measure, entity);
        groups.cache();
        try {
            groups.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists).text(out);
            return groups.count();
        } finally {
            groups.unpersist();
        }
    }

    /** The fact groups of the analyses, as JSON lines in the embedded comparison's order. */
    public Dataset<String> groups(Dataset<Row> analyses, Optional<Measure> measure, Optional<String> entity) {
        Filter filter = new Filter(measure.orElse(null), entity.orElse(null));
        Dataset<Row> bucketed = analyses.where("size(figures) > 0")
                .flatMap(new ToBuckets(filter), Encoders.row(BUCKETED));
        return bucketed.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new CompareBucket(filter), Encoders.row(GROUP))
                .orderBy("from", "measure", "place", "index")
                .select("json").as(Encoders.STRING());
    }

    /** The measure and entity a comparison is restricted to (each may be null). */
    record Filter(Measure measure, String entity) implements java.io.Serializable {

        boolean keeps(Report r) {
            return measure == null || measure == r.measure();
        }
    }

    /** The key the rules group by first: measure and place (see {@code FactGrouper}). */
    static String bucketOf(Report r) {
        return r.measure().name() + "\u0000" + r.place().key();
    }

    /** Each article with figures, once per bucket its reports fall into. */
    static final class ToBuckets implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Filter filter;

        ToBuckets(Filter filter) {
            this.filter = filter;
        }

        @Override
        public Iterator<Row> call(Row row) {
            Analysis a = AnalysisRows.fromRow(row);
            Set<String> buckets = new LinkedHashSet<>();
            for (Report r : SharedComparison.get().extractor().reports(a)) {
                if (filter.keeps(r)) buckets.add(bucketOf(r));
            }
            List<Row> out = new ArrayList<>(buckets.size());
            for (String b : buckets) out.add(RowFactory.create(b, row));
            return out.iterator();
        }
    }

    /** The groups of one bucket, by the embedded rules, each with the keys the embedded comparison sorts by. */
    static final class CompareBucket implements FlatMapGroupsFunction<String, Row, Row> {
        private static final long serialVersionUID = 1L;
        private final Filter filter;

        CompareBucket(Filter filter) {
            this.filter = filter;
        }

        @Override
        public Iterator<Row> call(String bucket, Iterator<Row> rows) {
            List<Report> reports = new ArrayList<>();
            while (rows.hasNext()) {
                Analysis a = AnalysisRows.fromRow(rows.next().getStruct(1));
                for (Report r : SharedComparison.get().extractor().reports(a)) {
                    if (filter.keeps(r) && bucketOf(r).equals(bucket)) reports.add(r);
                }
            }
            List<FactGroup> groups = SharedComparison.get().compareReports(reports, Optional.ofNullable(filter.entity()));
            List<Row> out = new ArrayList<>(groups.size());
            for (int i = 0; i < groups.size(); i++) {
                FactGroup g = groups.get(i);
                out.add(RowFactory.create(g.from().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE), g.measure().ordinal(),
                        g.place().key(), i, groupJson(g, filter)));
            }
            return out.iterator();
        }
    }

    /** One group as {@code newsgraph compare --format json} writes it inside its "groups" array. */
    static String groupJson(FactGroup g, Filter filter) {
        String whole = new FactGroupJsonWriter(false).toJson(List.of(g),
                Optional.ofNullable(filter.measure()).map(Measure::jsonName), Optional.ofNullable(filter.entity()));
        try {
            JsonNode group = JSON.readTree(whole).get("groups").get(0);
            return JSON.writeValueAsString(group);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
