package org.newsgraph.annotate.linear;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Pipeline;

/**
 * The CPU time of each annotator on the adversarial texts at 10 KB, 100 KB and 1 MB, printed as a table for
 * docs/reliability.md: near-linear means the time per character stays about the same as the text grows tenfold.
 * A benchmark, not a test: it runs only on demand
 * ({@code ./mvnw -pl newsgraph-annotators -am test -Dtest=LinearTimeBenchmark -Dnewsgraph.linearity=true
 * -Dsurefire.failIfNoSpecifiedTests=false}); the linearity tests count work instead ({@code MergingWorkGrowsLinearlyTest}, {@code OverlongSentencesAreCutTest}).
 */
class LinearTimeBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final int[] SIZES = {10_000, 100_000, 1_000_000};

    @Test
    @EnabledIfSystemProperty(named = "newsgraph.linearity", matches = "true")
    void printCpuPerAnnotatorAndSize() {
        Pipeline pipeline = StandardPipeline.create(java.util.Optional.empty());
        // one warm-up pass so the JIT has compiled the annotators before anything is measured
        for (AdversarialTexts kind : AdversarialTexts.values()) run(pipeline, kind.text(20_000), new long[pipeline.annotators().size()]);
        StringBuilder table = new StringBuilder("| text | size | ");
        for (Annotator a : pipeline.annotators()) table.append(a.name()).append(" | ");
        table.append("\n");
        for (AdversarialTexts kind : AdversarialTexts.values()) {
            for (int size : SIZES) {
                long[] nanos = new long[pipeline.annotators().size()];
                run(pipeline, kind.text(size), nanos);
                table.append("| ").append(kind.name().toLowerCase(Locale.ROOT)).append(" | ").append(size / 1000).append(" KB | ");
                for (long n : nanos) table.append(String.format(Locale.ROOT, "%.0f ms (%.2f µs/char) | ", n / 1e6, n / 1e3 / size));
                table.append("\n");
            }
        }
        System.out.println(table);
    }

    private static void run(Pipeline pipeline, String text, long[] nanos) {
        Doc doc = new Doc(Article.of("adversarial", text).withLanguage("en"));
        for (int i = 0; i < nanos.length; i++) {
            Annotator annotator = pipeline.annotators().get(i);
            if (!annotator.requires().stream().allMatch(doc::has)) continue;
            long t = CPU.getCurrentThreadCpuTime();
            try {
                annotator.annotate(doc);
            } catch (RuntimeException e) {
                // a failure is the robustness tests' business; here only the time counts
            }
            nanos[i] += CPU.getCurrentThreadCpuTime() - t;
        }
    }
}
