package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;

/**
 * Ingests articles into a {@link CorpusStore} on several threads: each article is checked for duplicates first
 * (id, URL, content hash — a duplicate is not analysed again), then analysed and written with the functions it was
 * given (the CLI passes the standard pipeline and the JSON writer, so the store holds exactly what
 * {@code analyze} writes), then added. A failure on one article is counted with its reason and the ingest goes on.
 */
public final class Ingester {
    private static final int MAX_EXAMPLES = 5;
    /** More threads than this only adds memory and contention: no machine analyses faster with them. */
    public static final int MAX_THREADS = 256;

    private final CorpusStore store;
    private final Function<Article, Analysis> analyze;
    private final Function<Analysis, String> toJson;
    private final int threads;

    public Ingester(CorpusStore store, Function<Article, Analysis> analyze, Function<Analysis, String> toJson, int threads) {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be between 1 and " + MAX_THREADS + ", was " + threads);
        }
        this.store = store;
        this.analyze = analyze;
        this.toJson = toJson;
        this.threads = threads;
    }

    /** Called from worker threads after each item; implementations must be thread-safe and quick. */
    public interface Listener {
        void progress(long done, long ingested, long duplicates, long failed);

        Listener NONE = (done, ingested, duplicates, failed) -> { };
    }

    public IngestSummary run(Iterator<IngestItem> items, Listener listener) {
        return run(items, listener, item -> { });
    }

    /**
     * Ingests every item; {@code finished} is called with each item once it is stored, skipped or failed (the batch
     * reader gives back the memory the item held). When the store itself cannot be written (a full disk, a
     * read-only file system), the ingest stops at once and {@link StoreWriteException} says so: the articles of
     * the last commit stay, none of the unfinished batch is kept half-way.
     */
    public IngestSummary run(Iterator<IngestItem> items, Listener listener, java.util.function.Consumer<IngestItem> finished) {
        long t0 = System.nanoTime();
        AtomicLong done = new AtomicLong();
        AtomicLong ingested = new AtomicLong();
        AtomicLong duplicates = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Map<String, Long> reasons = Collections.synchronizedMap(new LinkedHashMap<>());
        List<String> examples = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ingest");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        java.util.concurrent.atomic.AtomicReference<StoreWriteException> storeFailure = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            while (items.hasNext() && storeFailure.get() == null) {
                IngestItem item = items.next();
                inFlight.acquireUninterruptibly();
                pool.execute(() -> {
                    try {
                        if (storeFailure.get() != null) return;
                        Outcome o;
                        try {
                            o = ingest(item);
                        } catch (StoreWriteException e) {
                            storeFailure.compareAndSet(null, e);
                            return;
                        }
                        switch (o.kind) {
                            case ADDED -> ingested.incrementAndGet();
                            case DUPLICATE -> duplicates.incrementAndGet();
                            case FAILED -> {
                                failed.incrementAndGet();
                                reasons.merge(o.reasonKind, 1L, Long::sum);
                                if (examples.size() < MAX_EXAMPLES) examples.add(example(item.origin(), o.reason));
                            }
                        }
                        listener.progress(done.incrementAndGet(), ingested.get(), duplicates.get(), failed.get());
                    } finally {
                        inFlight.release();
                        finished.accept(item);
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // waiting for the last articles
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (storeFailure.get() != null) throw storeFailure.get();
        store.commit();
        return new IngestSummary(ingested.get(), duplicates.get(), failed.get(), Map.copyOf(reasons),
                List.copyOf(examples), System.nanoTime() - t0);
    }

    /** "origin: reason", unless the reason already starts with the origin (a reader's message names its input). */
    static String example(String origin, String reason) {
        return reason.startsWith(origin) ? reason : origin + ": " + reason;
    }

    private enum Kind { ADDED, DUPLICATE, FAILED }

    private record Outcome(Kind kind, String reasonKind, String reason) {
        static final Outcome ADDED = new Outcome(Kind.ADDED, "", "");
        static final Outcome DUPLICATE = new Outcome(Kind.DUPLICATE, "", "");
    }

    private Outcome ingest(IngestItem item) {
        if (item instanceof IngestItem.Unreadable u) return new Outcome(Kind.FAILED, "unreadable input", u.reason());
        Article article = ((IngestItem.Readable) item).article();
        try {
            ArticleKeys keys = ArticleKeys.of(article);
            Optional<String> tooLong = KeyLimits.problem(keys);
            if (tooLong.isPresent()) return new Outcome(Kind.FAILED, "key too long", tooLong.get());
            if (store.duplicateOf(keys).isPresent()) return Outcome.DUPLICATE;
            Analysis analysis = analyze.apply(article);
            String json = toJson.apply(analysis);
            Optional<String> duplicate = store.add(analysis, json, keys);
            return duplicate.isPresent() ? Outcome.DUPLICATE : Outcome.ADDED;
        } catch (StoreWriteException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String kind = e.getClass().getSimpleName();
            String msg = e.getMessage() == null ? kind : kind + ": " + e.getMessage();
            return new Outcome(Kind.FAILED, kind, msg.length() > 200 ? msg.substring(0, 200) + "…" : msg);
        }
    }
}
