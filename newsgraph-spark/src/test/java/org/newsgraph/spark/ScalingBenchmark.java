package org.newsgraph.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Not a test: measures {@code newsgraph spark analyze} throughput with 1 and 2 executor cores on a generated
 * corpus, and the executors' CPU time, which gives a per-core rate that other processes on the machine do not
 * distort. Run: {@code java -cp <test-classes>:<module jar>:<spark classpath> org.newsgraph.spark.ScalingBenchmark 2000}.
 */
public final class ScalingBenchmark {
    private ScalingBenchmark() {
    }

    /** Articles of news length (about 2,500 characters): six generated bodies of one language in a row. */
    private static List<TestCorpus.Item> longItems(int from, int count) {
        List<TestCorpus.Item> out = new java.util.ArrayList<>();
        for (int i = from; i < from + count; i++) {
            StringBuilder body = new StringBuilder(TestCorpus.item(i).body());
            for (int k = 1; k < 6; k++) body.append("\n\n").append(TestCorpus.item(i + 3 * k).body());
            out.add(TestCorpus.item(i).withBody(body.toString()));
        }
        return out;
    }

    /** About 40 KB of navigation and script, as news pages carry around the article. */
    private static String chrome() {
        StringBuilder sb = new StringBuilder("<header><ul class=\"menu\">");
        for (int i = 0; i < 150; i++) sb.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        sb.append("</ul></header>\n<script>var config = {");
        for (int i = 0; i < 400; i++) sb.append("\"key").append(i).append("\": \"value number ").append(i).append("\", ");
        sb.append("};</script>\n<aside class=\"related\">");
        for (int i = 0; i < 60; i++) sb.append("<div class=\"teaser\"><a href=\"/story/").append(i).append("\">Another story headline number ").append(i).append("</a></div>");
        return sb.append("</aside>\n").toString();
    }

    /**
     * The same articles through the embedded pipeline and JSON writer on one thread, without Spark: the CPU time
     * per article that Spark's overhead (rows, Parquet, scheduling) is compared with.
     */
    private static void embeddedBaseline(List<String> inputs) throws Exception {
        List<org.newsgraph.core.Article> articles = new java.util.ArrayList<>();
        org.newsgraph.io.read.ArticleReader reader = new org.newsgraph.io.read.ArticleReader();
        for (String in : inputs) {
            if (in.endsWith(".jsonl")) {
                reader.read(in, r -> r.article().ifPresent(articles::add));
            } else {
                try (var warc = new org.newsgraph.io.warc.WarcArticleReader().pages(in, Files.newInputStream(Path.of(in)))) {
                    warc.forEachRemaining(r -> r.article().ifPresent(articles::add));
                }
            }
        }
        org.newsgraph.core.Pipeline pipeline = SharedPipeline.get();
        org.newsgraph.io.write.AnalysisJsonWriter writer = new org.newsgraph.io.write.AnalysisJsonWriter(false);
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long sink = 0;
            for (org.newsgraph.core.Article a : articles) {
                sink += writer.toJson(org.newsgraph.core.Analyses.of(pipeline.run(a))).length();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            System.out.printf("embedded, 1 thread, round %d: %d articles in %.2f s wall = %.0f articles/s; CPU %.2f s = %.0f articles per CPU-second (%d)%n",
                    round + 1, articles.size(), secs, articles.size() / secs, cpu, articles.size() / cpu, sink % 10);
        }
        // reading too: the HTML extraction of the WARC pages is part of the Spark job's work
        long cpu0 = threads.getCurrentThreadCpuTime();
        int n = 0;
        for (String in : inputs) {
            if (!in.endsWith(".warc.gz")) continue;
            try (var warc = new org.newsgraph.io.warc.WarcArticleReader().pages(in, Files.newInputStream(Path.of(in)))) {
                while (warc.hasNext()) {
                    warc.next();
                    n++;
                }
            }
        }
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("embedded, reading the WARC files (gunzip, HTTP, charset, HTML extraction): %d pages, CPU %.2f s = %.0f pages per CPU-second%n",
                n, cpu, n / cpu);
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String format = args.length > 1 ? args[1] : "parquet";
        Path dir = Files.createTempDirectory("newsgraph-scaling");
        // four JSONL files and four WARC files, half the corpus each
        List<String> inputs = new java.util.ArrayList<>();
        int files = 4;
        int per = n / (2 * files);
        String chrome = chrome();
        for (int f = 0; f < files; f++) {
            inputs.add(TestCorpus.writeJsonLines(dir.resolve("part-" + f + ".jsonl"), longItems(f * per, per)).toString());
            inputs.add(TestCorpus.writeWarc(dir.resolve("crawl-" + f + ".warc.gz"), longItems((files + f) * per, per), chrome).toString());
        }
        long chars = 0;
        for (TestCorpus.Item it : longItems(0, 2 * files * per)) chars += it.title().length() + it.body().length();
        System.out.printf("corpus: %d articles (%d JSONL, %d in WARC files), %.0f characters on average%n",
                2 * files * per, files * per, files * per, chars / (double) (2 * files * per));
        System.out.printf("each WARC page carries %d characters of menus and scripts around its article%n", chrome.length());
        embeddedBaseline(inputs);
        for (String master : new String[] {"local[1]", "local[2]"}) {
            SparkSession spark = SparkSession.builder().appName("newsgraph scaling").master(master)
                    .config("spark.ui.enabled", "false").getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            AtomicLong cpuNanos = new AtomicLong();
            spark.sparkContext().addSparkListener(new SparkListener() {
                @Override
                public void onTaskEnd(SparkListenerTaskEnd end) {
                    if (end.taskMetrics() != null) cpuNanos.addAndGet(end.taskMetrics().executorCpuTime());
                }
            });
            AnalyzeJob job = new AnalyzeJob(spark);
            job.run(inputs, dir.resolve("warmup").toString(), AnalyzeJob.Format.valueOf(format), true);
            for (int round = 0; round < 2; round++) {
                cpuNanos.set(0);
                long t0 = System.nanoTime();
                AnalyzeJob.Summary s = job.run(inputs, dir.resolve("out").toString(), AnalyzeJob.Format.valueOf(format), true);
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = cpuNanos.get() / 1e9;
                System.out.printf("%s round %d: %d articles in %.2f s wall = %.0f articles/s; executor CPU %.2f s = %.0f articles per CPU-second%n",
                        master, round + 1, s.analysed(), secs, s.analysed() / secs, cpu, s.analysed() / cpu);
            }
            spark.stop();
        }
    }
}
