package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ReadResult;

/**
 * Runs the shared pipeline over a task's articles, lazily (one article in memory at a time, whatever the size of
 * a WARC file), counting what was analysed and what failed. An input that could not be read, or an article the
 * pipeline threw on, is counted and skipped; the task goes on.
 */
final class Analyzer<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final AnalysisOutput<T> output;
    private final ArticleDefaults defaults;
    private final JobCounters counters;

    Analyzer(AnalysisOutput<T> output, ArticleDefaults defaults, JobCounters counters) {
        this.output = output;
        this.defaults = defaults;
        this.counters = counters;
    }

    Iterator<T> analyze(Iterator<ReadResult> inputs) {
        return new Iterator<>() {
            private T next;
            private int reasonsKept;

            @Override
            public boolean hasNext() {
                while (next == null && inputs.hasNext()) next = analyzeOne(inputs.next()).orElse(null);
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                T t = next;
                next = null;
                return t;
            }

            private Optional<T> analyzeOne(ReadResult r) {
                if (r.article().isEmpty()) {
                    fail(r.error().orElse(r.origin() + ": unreadable input"));
                    return Optional.empty();
                }
                Article a = defaults.apply(r.article().get());
                try {
                    T out = output.convert(Analyses.of(SharedPipeline.get().run(a)));
                    counters.analysed();
                    return Optional.of(out);
                } catch (RuntimeException | StackOverflowError e) {
                    fail(r.origin() + ": the analysis of " + a.id() + " failed: " + e);
                    return Optional.empty();
                }
            }

            private void fail(String reason) {
                counters.failed(reason, reasonsKept++ < JobCounters.REASONS_PER_TASK);
            }
        };
    }
}
