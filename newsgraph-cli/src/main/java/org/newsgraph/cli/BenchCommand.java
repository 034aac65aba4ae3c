package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Pipeline;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.write.AnalysisJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench}: articles per second through the whole pipeline and the JSON writer, single-threaded and
 * with N threads, after a warm-up, and the peak heap used.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures pipeline throughput (articles/s, single-threaded and with N threads) and peak heap on the given articles.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to run (.txt, .html, .json, .jsonl).")
    List<String> files;

    @Option(names = "--threads", description = "Threads for the parallel run. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seconds", description = "Seconds to measure each run. Default: ${DEFAULT-VALUE}.")
    double seconds = 5;

    @Option(names = "--warmup", description = "Seconds of warm-up before measuring. Default: ${DEFAULT-VALUE}.")
    double warmup = 3;

    @Override
    public Integer call() throws Exception {
        List<Article> articles = new ArrayList<>();
        Inputs reader = new Inputs();
        for (String f : files) {
            List<ReadResult> read = new ArrayList<>();
            reader.read(f, read::add);
            for (ReadResult r : read) r.article().ifPresent(articles::add);
        }
        if (articles.isEmpty()) {
            System.err.println("newsgraph: no readable article among the inputs: give .txt, .html, .json or .jsonl articles");
            return 2;
        }
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        System.out.printf("corpus: %d articles, %.0f characters on average%n", articles.size(), chars / (double) articles.size());
        long t0 = System.nanoTime();
        Pipeline pipeline = StandardPipeline.create();
        Analyses.of(pipeline.run(articles.get(0)));
        System.out.printf("pipeline start-up (build + first article): %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        run(pipeline, articles, 1, warmup);
        long cpu0 = CPU.getCurrentThreadCpuTime();
        int n = 0;
        long wall0 = System.nanoTime();
        while (System.nanoTime() - wall0 < seconds * 1e9) {
            Analyses.of(pipeline.run(articles.get(n++ % articles.size())));
        }
        double cpuMs = (CPU.getCurrentThreadCpuTime() - cpu0) / 1e6 / n;
        double single = run(pipeline, articles, 1, seconds);
        System.out.printf("1 thread:  %8.1f articles/s wall  (%.2f ms/article); %.2f CPU ms/article = %.0f articles/s per core%n",
                single, 1000 / single, cpuMs, 1000 / cpuMs);
        if (threads > 1) {
            double multi = run(pipeline, articles, threads, seconds);
            System.out.printf("%d threads: %8.1f articles/s  (%.2fx)%n", threads, multi, multi / single);
        }
        printAnnotatorCosts(pipeline, articles);
        System.out.printf("peak heap: %.0f MB%n", peakHeapBytes() / 1048576.0);
        return 0;
    }

    /** Runs the corpus round-robin on n threads for the given time; returns articles per second. */
    private static double run(Pipeline pipeline, List<Article> articles, int n, double secs) throws Exception {
        long deadline = System.nanoTime() + (long) (secs * 1e9);
        AtomicInteger next = new AtomicInteger();
        AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            futures.add(pool.submit(() -> {
                long count = 0;
                long sink = 0;
                while (System.nanoTime() < deadline) {
                    Article a = articles.get(Math.floorMod(next.getAndIncrement(), articles.size()));
                    sink += writer.toJson(Analyses.of(pipeline.run(a))).length();
                    count++;
                }
                return sink == -1 ? -1 : count;
            }));
        }
        long total = 0;
        for (Future<Long> f : futures) total += f.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return total / elapsed;
    }

    /** Time per article of each annotator, single-threaded over one pass of the corpus: where the time goes. */
    private static void printAnnotatorCosts(Pipeline pipeline, List<Article> articles) {
        long[] nanos = new long[pipeline.annotators().size()];
        for (Article a : articles) {
            Doc doc = new Doc(a);
            for (int i = 0; i < nanos.length; i++) {
                Annotator annotator = pipeline.annotators().get(i);
                if (!annotator.requires().stream().allMatch(doc::has)) continue;
                long t = CPU.getCurrentThreadCpuTime();
                try {
                    annotator.annotate(doc);
                } catch (RuntimeException e) {
                    // the pipeline reports failures; here only the time matters
                }
                nanos[i] += CPU.getCurrentThreadCpuTime() - t;
            }
        }
        StringBuilder line = new StringBuilder("per annotator (CPU ms/article):");
        for (int i = 0; i < nanos.length; i++) {
            line.append(String.format("  %s %.3f", pipeline.annotators().get(i).name(), nanos[i] / 1e6 / articles.size()));
        }
        System.out.println(line);
    }

    /** CPU time, unlike wall time, stays true when other processes share the cores. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
