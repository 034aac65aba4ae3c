package org.newsgraph.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.write.AnalysisJsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsgraph bench}: CPU time per article through the whole pipeline (per language, per annotator, and what
 * lies outside the annotators: building the document and the analysis, writing its JSON), bytes allocated per
 * article, wall throughput single-threaded and with N threads, and the peak heap.
 *
 * <p>Warm-up and measurement last a number of seconds of this thread's CPU, not of wall time: on a machine that
 * other processes share, a wall-clock warm-up ends before the compiler has finished, and the "measured" numbers
 * are those of half-compiled code.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures pipeline cost (CPU ms per article, per language and per annotator; bytes allocated), throughput (articles/s, single-threaded and with N threads) and peak heap on the given articles.")
final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to run (.txt, .html, .json, .jsonl).")
    List<String> files;

    @Option(names = "--threads", description = "Threads for the parallel run. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seconds", description = "CPU seconds to measure each run. Default: ${DEFAULT-VALUE}.")
    double seconds = 5;

    @Option(names = "--warmup", description = "CPU seconds of warm-up before measuring. Default: ${DEFAULT-VALUE}.")
    double warmup = 3;

    /** CPU time, unlike wall time, stays true when other processes share the cores. */
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

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

        runFor(warmup, pipeline, articles, new Costs(pipeline), false);
        Costs whole = new Costs(pipeline);
        runFor(seconds, pipeline, articles, whole, false);
        System.out.printf("1 thread:  %.3f CPU ms/article = %.0f articles per CPU-second (pipeline, without JSON writing); %.0f kB allocated/article%n",
                whole.cpuMsPerArticle(), 1000 / whole.cpuMsPerArticle(), whole.allocated / 1024.0 / whole.articles);
        System.out.println("  per language (CPU ms/article): " + whole.perLanguage());
        Costs split = new Costs(pipeline);
        runFor(seconds, pipeline, articles, split, true);
        System.out.println("  split (CPU ms/article): " + split.perPart());
        System.out.println("  split (kB allocated/article): " + split.allocatedPerPart());
        double single = wallRun(pipeline, articles, 1, seconds);
        System.out.printf("1 thread:  %8.1f articles/s wall with JSON writing  (%.2f ms/article)%n", single, 1000 / single);
        if (threads > 1) {
            double multi = wallRun(pipeline, articles, threads, seconds);
            System.out.printf("%d threads: %8.1f articles/s wall  (%.2fx)%n", threads, multi, multi / single);
        }
        System.out.printf("peak heap: %.0f MB%n", peakHeapBytes() / 1048576.0);
        return 0;
    }

    /**
     * Runs the corpus round-robin on this thread until it has used the given CPU seconds. Split: each annotator,
     * the rest of the pipeline and the JSON writing timed apart (the timer calls cost a few microseconds).
     */
    private static void runFor(double cpuSeconds, Pipeline pipeline, List<Article> articles, Costs costs, boolean split) {
        long end = THREADS.getCurrentThreadCpuTime() + (long) (cpuSeconds * 1e9);
        AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
        long sink = 0;
        for (int n = 0; THREADS.getCurrentThreadCpuTime() < end; n++) {
            Article a = articles.get(n % articles.size());
            long bytes = THREADS.getCurrentThreadAllocatedBytes();
            long cpu = THREADS.getCurrentThreadCpuTime();
            Doc doc = split ? costs.runTimed(pipeline, a) : pipeline.run(a);
            Analysis analysis = Analyses.of(doc);
            long json = 0;
            if (split) {
                long t = THREADS.getCurrentThreadCpuTime();
                sink += writer.toJson(analysis).length();
                json = THREADS.getCurrentThreadCpuTime() - t;
            }
            costs.add(doc.find(Layers.LANGUAGE).map(LanguageGuess::code).orElse("?"),
                    THREADS.getCurrentThreadCpuTime() - cpu - json, json, THREADS.getCurrentThreadAllocatedBytes() - bytes);
        }
        if (sink == -1) System.out.print("");
    }

    /** CPU time and allocation of measured articles, in total, per language and per part of the pipeline. */
    private static final class Costs {
        private final List<Annotator> annotators;
        private final long[] annotatorNanos;
        private final long[] annotatorBytes;
        private final Map<String, long[]> languages = new TreeMap<>();
        private long articles;
        private long nanos;
        private long jsonNanos;
        private long allocated;

        Costs(Pipeline pipeline) {
            annotators = pipeline.annotators();
            annotatorNanos = new long[annotators.size()];
            annotatorBytes = new long[annotators.size()];
        }

        /** What {@link Pipeline#run} does, each annotator's CPU time recorded. */
        Doc runTimed(Pipeline pipeline, Article article) {
            Doc doc = new Doc(article);
            for (int i = 0; i < annotators.size(); i++) {
                Annotator annotator = annotators.get(i);
                if (!annotator.requires().stream().allMatch(doc::has)) continue;
                long bytes = THREADS.getCurrentThreadAllocatedBytes();
                long t = THREADS.getCurrentThreadCpuTime();
                try {
                    annotator.annotate(doc);
                } catch (RuntimeException e) {
                    // the pipeline reports failures; here only the time matters
                }
                annotatorNanos[i] += THREADS.getCurrentThreadCpuTime() - t;
                annotatorBytes[i] += THREADS.getCurrentThreadAllocatedBytes() - bytes;
            }
            return doc;
        }

        void add(String lang, long cpu, long json, long bytes) {
            articles++;
            nanos += cpu;
            jsonNanos += json;
            allocated += bytes;
            long[] l = languages.computeIfAbsent(lang, k -> new long[2]);
            l[0]++;
            l[1] += cpu;
        }

        double cpuMsPerArticle() {
            return nanos / 1e6 / articles;
        }

        String perLanguage() {
            StringBuilder s = new StringBuilder();
            languages.forEach((lang, l) -> s.append(String.format("  %s %.3f (%d articles/CPU-s)", lang, l[1] / 1e6 / l[0], Math.round(1e9 * l[0] / l[1]))));
            return s.toString().strip();
        }

        String perPart() {
            StringBuilder s = new StringBuilder();
            long inAnnotators = 0;
            for (int i = 0; i < annotatorNanos.length; i++) {
                s.append(String.format("  %s %.3f", annotators.get(i).name(), annotatorNanos[i] / 1e6 / articles));
                inAnnotators += annotatorNanos[i];
            }
            s.append(String.format("  | outside the annotators %.3f  JSON writing %.3f", (nanos - inAnnotators) / 1e6 / articles, jsonNanos / 1e6 / articles));
            return s.toString().strip();
        }

        /** kB allocated per article by each annotator (exact: the JVM counts every thread's allocated bytes). */
        String allocatedPerPart() {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < annotatorBytes.length; i++) {
                s.append(String.format("  %s %.1f", annotators.get(i).name(), annotatorBytes[i] / 1024.0 / articles));
            }
            return s.toString().strip();
        }
    }

    /** Runs the corpus round-robin on n threads, analysis and JSON writing, for the given wall time; returns articles per second. */
    private static double wallRun(Pipeline pipeline, List<Article> articles, int n, double secs) throws Exception {
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

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
