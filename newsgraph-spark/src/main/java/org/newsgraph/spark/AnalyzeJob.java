package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.io.read.InputKind;

/**
 * {@code newsgraph spark analyze}: the standard pipeline over JSONL, WARC, RSS/Atom and single-article files, analyses
 * written as Parquet (one row per article, {@link AnalysisSchema}) or JSONL (docs/format.md §2, one object per line).
 *
 * <p>JSONL files are split across tasks like any text file; each WARC file is one task (a WARC file is a stream
 * of gzip members that is read in order); single-article files and feeds are shared among a few tasks. Every task runs
 * the pipeline built once per executor JVM ({@link SharedPipeline}).
 */
public final class AnalyzeJob {
    /**
     * The output formats: Parquet rows, docs/format.md JSON lines, or a format of the io registry — GKG rows,
     * Web Annotation pages one per line, the figures CSV (a header in each part file).
     */
    public enum Format { parquet, jsonl, gkg, webanno, csv }

    /** What a finished job did. */
    public record Summary(long analysed, long failed, List<String> someFailures) {
    }

    private final SparkSession spark;
    private final ArticleDefaults defaults;

    public AnalyzeJob(SparkSession spark) {
        this(spark, ArticleDefaults.NONE);
    }

    /** With a publication date for articles without one and a language for all (each may be null). */
    public AnalyzeJob(SparkSession spark, String published, String lang) {
        this(spark, new ArticleDefaults(published, lang));
    }

    private AnalyzeJob(SparkSession spark, ArticleDefaults defaults) {
        this.spark = spark;
        this.defaults = defaults;
    }

    /** Analyses the inputs and writes them to {@code out}; fails when {@code out} exists unless {@code overwrite}. */
    public Summary run(List<String> inputs, String out, Format format, boolean overwrite) {
        return run(inputs, out, format, overwrite, done -> { });
    }

    /**
     * The same, telling {@code progress} how many inputs are done (analysed or failed) about five times a second
     * while the job runs: the counts grow as tasks finish, since Spark merges a task's counters when it ends.
     */
    public Summary run(List<String> inputs, String out, Format format, boolean overwrite, LongConsumer progress) {
        OutputPaths.requireAbsent(spark, out, overwrite);
        JobCounters counters = JobCounters.register(spark.sparkContext());
        SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newsgraph-progress");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleAtFixedRate(() -> progress.accept(counters.analysedCount() + counters.failedCount()),
                200, 200, TimeUnit.MILLISECONDS);
        try {
            switch (format) {
                case parquet -> analyses(inputs, AnalysisOutput.ROWS, counters).write().mode(mode).parquet(out);
                case jsonl -> analyses(inputs, AnalysisOutput.JSON, counters).write().mode(mode).text(out);
                case csv -> figureRows(analyses(inputs, AnalysisOutput.FIGURE_ROWS, counters)).write().mode(mode)
                        .option("header", true).option("escape", "\"").option("lineSep", "\r\n").csv(out);
                default -> analyses(inputs, AnalysisOutput.lines(format.name()), counters).write().mode(mode).text(out);
            }
        } finally {
            poller.shutdownNow();
        }
        progress.accept(counters.analysedCount() + counters.failedCount());
        return new Summary(counters.analysedCount(), counters.failedCount(), counters.someReasons());
    }

    /** One row per figure, the columns of {@link org.newsgraph.io.write.FigureCsvFormat#HEADER}. */
    private static Dataset<Row> figureRows(Dataset<Row> perArticle) {
        List<String> header = org.newsgraph.io.write.FigureCsvFormat.HEADER;
        String[] columns = new String[header.size()];
        for (int i = 0; i < columns.length; i++) columns[i] = "r[" + i + "] AS `" + header.get(i) + "`";
        return perArticle.selectExpr("explode(rows) AS r").selectExpr(columns);
    }

    /** The analyses as Parquet rows, computed when the dataset is used. */
    public Dataset<Row> rows(List<String> inputs, JobCounters counters) {
        return analyses(inputs, AnalysisOutput.ROWS, counters);
    }

    /** The analyses as docs/format.md JSON lines, computed when the dataset is used. */
    public Dataset<String> jsonLines(List<String> inputs, JobCounters counters) {
        return analyses(inputs, AnalysisOutput.JSON, counters);
    }

    /** Counters to pass to {@link #rows} or {@link #jsonLines}, read once the dataset has been used. */
    public JobCounters counters() {
        return JobCounters.register(spark.sparkContext());
    }

    private <T> Dataset<T> analyses(List<String> inputs, AnalysisOutput<T> output, JobCounters counters) {
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        Map<InputKind, List<String>> files = InputFiles.expand(inputs, conf.get());
        Analyzer<T> analyzer = new Analyzer<>(output, defaults, counters);
        List<Dataset<T>> parts = new ArrayList<>();
        List<String> lines = files.getOrDefault(InputKind.JSON_LINES, List.of());
        if (!lines.isEmpty()) {
            Dataset<Row> rows = spark.read().text(lines.toArray(String[]::new))
                    .selectExpr("value", "_metadata.file_path AS file");
            parts.add(rows.mapPartitions(new Partitions.JsonLines<>(analyzer), output.encoder()));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> warcs = files.getOrDefault(InputKind.WARC, List.of());
        if (!warcs.isEmpty()) {
            parts.add(wholeFiles(jsc, warcs, warcs.size(), analyzer, output, conf));
        }
        List<String> singles = new ArrayList<>(files.getOrDefault(InputKind.SINGLE_ARTICLE, List.of()));
        singles.addAll(files.getOrDefault(InputKind.FEED, List.of()));
        if (!singles.isEmpty()) {
            int slices = Math.min(singles.size(), Math.max(1, jsc.defaultParallelism() * 4));
            parts.add(wholeFiles(jsc, singles, slices, analyzer, output, conf));
        }
        if (parts.isEmpty()) throw new IllegalArgumentException("no input files: give .jsonl, .warc(.gz), .rss, .atom, .json, .html or .txt files or directories holding them");
        Dataset<T> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) all = all.union(parts.get(i));
        return all;
    }

    /** One partition per slice: {@code parallelize} cuts the list into equal consecutive slices. */
    private <T> Dataset<T> wholeFiles(JavaSparkContext jsc, List<String> paths, int slices, Analyzer<T> analyzer,
                                      AnalysisOutput<T> output, HadoopConf conf) {
        Dataset<String> ds = spark.createDataset(jsc.parallelize(paths, slices).rdd(), Encoders.STRING());
        return ds.mapPartitions(new Partitions.WholeFiles<>(analyzer, conf), output.encoder());
    }
}
