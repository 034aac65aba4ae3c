package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.json.AnalysisJsonReader;

/**
 * Re-analyses stored articles after an upgrade: those whose recorded versions differ from the store's current ones
 * ({@link CorpusStore#useVersions}), or all of them. Each article is rebuilt from its stored analysis — id, URL,
 * publication date, title, body, and the outlet's name as a hint (pages are not read again: the body is the text
 * their reading kept) — analysed with the functions given, and its stored analysis replaced. A failure on one
 * article is counted and the rest go on; commits happen as for ingest, so an interrupted re-index resumes where it
 * stopped when run again.
 */
public final class Reindexer {
    private static final int MAX_EXAMPLES = 5;

    private final CorpusStore store;
    private final Function<Article, Analysis> analyze;
    private final Function<Analysis, String> toJson;
    private final int threads;

    public Reindexer(CorpusStore store, Function<Article, Analysis> analyze, Function<Analysis, String> toJson, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        this.store = store;
        this.analyze = analyze;
        this.toJson = toJson;
        this.threads = threads;
    }

    /** Called from worker threads after each article; implementations must be thread-safe and quick. */
    public interface Listener {
        void progress(long done, long total);
    }

    /** What a re-index did. */
    public record Summary(long reanalysed, long current, long failed, List<String> failureExamples) {
        public String line() {
            return "re-analysed " + reanalysed + ", already current " + current + ", failed " + failed;
        }
    }

    /** The ids of the articles to re-analyse: every one when {@code all}, else those recorded with other versions. */
    public List<String> stale(boolean all) {
        List<String> ids = new ArrayList<>();
        String current = store.versions();
        store.forEachVersion((id, v) -> {
            if (all || !v.equals(current)) ids.add(id);
        });
        return ids;
    }

    public Summary run(boolean all, Listener listener) {
        List<String> ids = stale(all);
        int[] total = {0};
        store.forEachVersion((id, v) -> total[0]++);
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> ids.parallelStream().forEach(id -> {
                try {
                    reanalyse(id);
                } catch (RuntimeException | StackOverflowError e) {
                    failed.incrementAndGet();
                    if (examples.size() < MAX_EXAMPLES) examples.add(id + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                listener.progress(done.incrementAndGet(), ids.size());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("re-index failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        store.commit();
        return new Summary(ids.size() - failed.get(), total[0] - ids.size(), failed.get(), List.copyOf(examples));
    }

    private void reanalyse(String id) {
        Optional<String> json = store.json(id);
        if (json.isEmpty()) return;
        Article article = articleOf(AnalysisJsonReader.read(json.get()));
        Analysis fresh = analyze.apply(article);
        store.replace(id, fresh, toJson.apply(fresh), ArticleKeys.of(article));
    }

    /** The input an analysis was made from, as far as the analysis keeps it. */
    static Article articleOf(Analysis a) {
        return new Article(a.id(), a.url(), a.published(), a.title(), a.body(), a.outlet().map(o -> o.name()),
                Optional.empty(), Optional.empty());
    }
}
