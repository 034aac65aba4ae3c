package org.newsgraph.spark.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsgraph.core.IsoDates;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.io.write.ProgressBar;
import org.newsgraph.spark.AnalyzeJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph spark analyze IN… OUT}: analyses a corpus on Spark into Parquet or JSONL. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        customSynopsis = "newsgraph spark analyze [OPTIONS] IN... OUT",
        description = {"Analyses JSONL records, WARC files (.warc, .warc.gz) and single articles (.json, .html, .txt) on Spark.",
                "IN may be files, directories or globs on any Hadoop file system; OUT is a directory of Parquet files "
                        + "(one row per article) or of JSONL files (docs/format.md JSON, one article per line)."})
final class SparkAnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "2..*", paramLabel = "PATH", description = "The inputs (IN: files, directories, globs), then the output directory (OUT).")
    List<String> paths;

    @Option(names = {"-f", "--format"}, description = "parquet, jsonl, gkg (GKG 2.1 rows), webanno (one Web Annotation page per line) or csv (one row per figure); docs/interop.md. Default: ${DEFAULT-VALUE}.")
    AnalyzeJob.Format format = AnalyzeJob.Format.parquet;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] or spark://host:7077. Default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--overwrite", description = "Replace OUT if it exists.")
    boolean overwrite;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (ISO) for articles that have none; it anchors relative times.")
    String published;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of every article (fr, en, ru…), instead of identifying it.")
    String lang;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Override
    public Integer call() {
        if (published != null && !IsoDates.isDateOrDateTime(published)) {
            System.err.println("newsgraph spark: --published '" + published + "' is not an ISO date: write it like 2022-01-29");
            return 2;
        }
        if (lang != null && LanguagePacks.find(lang).isEmpty()) {
            System.err.println("newsgraph spark: no language pack for --lang '" + lang + "': use one of "
                    + LanguagePacks.all().stream().map(p -> p.code()).toList());
            return 2;
        }
        List<String> inputs = paths.subList(0, paths.size() - 1);
        String out = paths.get(paths.size() - 1);
        long start = System.nanoTime();
        SparkSession spark = Sessions.open("newsgraph analyze", master);
        try {
            ProgressBar bar = new ProgressBar(System.err, 0, "analysing " + String.join(" ", inputs) + " on Spark", !quiet && ProgressBar.interactive());
            AnalyzeJob.Summary s = new AnalyzeJob(spark, published, lang).run(inputs, out, format, overwrite, bar::update);
            bar.finish();
            double secs = (System.nanoTime() - start) / 1e9;
            s.someFailures().forEach(f -> System.err.println("failed: " + f));
            System.err.printf("analysed %d articles, %d inputs failed%s; %s written to %s in %.1f s%s%n",
                    s.analysed(), s.failed(), s.failed() > s.someFailures().size() ? " (the first reasons of each task are shown)" : "",
                    format, out, secs, Rates.perSecond(s.analysed(), secs, "articles"));
            return s.failed() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }

}
