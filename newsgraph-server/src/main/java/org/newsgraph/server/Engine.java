package org.newsgraph.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Gazetteer;
import org.newsgraph.facts.Report;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.store.ArticleKeys;
import org.newsgraph.store.CorpusStore;

/**
 * What the handlers work with: the store, the comparison, and the analysis pipeline. The knowledge base behind the
 * store's name matching and the comparison ({@link KbGazetteer}, as {@code search} and {@code compare} use it) and
 * the pipeline (language packs, knowledge base, models) are built on background threads from the start, so the
 * server listens at once; searches, comparisons and ingests wait for the first, analyses for the second. Reading
 * one stored article waits for neither.
 */
final class Engine implements AutoCloseable {
    private final CorpusStore store;
    private final boolean writable;
    private final Optional<Path> kb;
    private final CompletableFuture<Pipeline> pipeline = new CompletableFuture<>();
    /** The comparison over the KB's gazetteer, completed once that gazetteer is the store's too. */
    private final CompletableFuture<FactComparison> comparison = new CompletableFuture<>();
    private final AnalysisJsonWriter compact = new AnalysisJsonWriter(false);
    private final VersionedCache<FactQuery, List<FactGroup>> facts = new VersionedCache<>(32);

    /** What a comparison was asked: all measures or one, about any entity or one. */
    private record FactQuery(Optional<Measure> measure, Optional<String> entity) {
    }

    Engine(Path storeDir, boolean readOnly, Optional<Path> kb) {
        this.store = readOnly ? CorpusStore.openReadOnly(storeDir) : CorpusStore.open(storeDir);
        this.writable = !readOnly;
        this.kb = kb;
    }

    /** Starts loading the knowledge base and building the pipeline on background threads. */
    void loadInBackground() {
        background("kb-load", comparison, () -> {
            Gazetteer g = KbGazetteer.load(kb);
            store.useGazetteer(g);
            return FactComparison.standard(g);
        });
        background("pipeline-load", pipeline, () -> StandardPipeline.create(kb));
    }

    private static <T> void background(String name, CompletableFuture<T> result, Supplier<T> work) {
        Thread t = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
    }

    /** The store, once names in its filters are matched through the knowledge base (as the command line does). */
    CorpusStore store() {
        comparison();
        return store;
    }

    /** The number of stored articles; does not wait for the knowledge base. */
    int count() {
        return store.count();
    }

    /** One stored analysis as JSON; does not wait for the knowledge base. */
    Optional<String> json(String id) {
        return store.json(id);
    }

    /** The comparison of {@code compare}, placing figures and resolving names through the knowledge base. */
    FactComparison comparison() {
        return await(comparison, "the knowledge base");
    }

    /**
     * The fact groups of {@code newsgraph compare}, over the whole store: all of a measure, or about an entity.
     * Cached until the store changes: reading every article with figures is the slowest thing a page asks for.
     */
    List<FactGroup> compare(Optional<Measure> measure, Optional<String> entity) {
        CorpusStore s = store();
        FactComparison c = comparison();
        return facts.get(s.version(), new FactQuery(measure, entity), q -> s.compare(q.measure(), q.entity(), c));
    }

    /** The version of the store's contents; cached views are keyed by it. */
    long version() {
        return store.version();
    }

    /** The indices of the figures of {@code a} that the comparison reads: each is in a fact group once stored. */
    Set<Integer> comparedFigures(Analysis a) {
        Set<Integer> out = new HashSet<>();
        for (Report r : comparison().extractor().reports(a)) out.add(r.figureIndex());
        return out;
    }

    Analysis analyze(Article article) {
        return Analyses.of(pipeline().run(article));
    }

    private Pipeline pipeline() {
        return await(pipeline, "the analysis pipeline");
    }

    private static <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down: try again once it is back");
        } catch (ExecutionException e) {
            throw new ApiException(500, what + " could not be loaded (" + e.getCause().getMessage()
                    + "): check the server's log and restart it");
        } catch (java.util.concurrent.CancellationException e) {
            throw new ApiException(503, "the server is shutting down: try again once it is back");
        }
    }

    /** What one article of an ingest became. */
    record Ingested(String id, String outcome, Optional<String> reason) {
    }

    /**
     * Analyses and stores the articles, then commits so they are searchable at once. Duplicates (same id, URL or
     * text) are reported and not analysed again.
     */
    List<Ingested> ingest(List<Article> articles) {
        if (!writable) {
            throw new ApiException(409, "the server opened the store read-only: restart it without --read-only to ingest");
        }
        store();   // indexed by referent through the knowledge base, as the command line's ingest does
        List<Ingested> out = new ArrayList<>();
        for (Article a : articles) {
            ArticleKeys keys = ArticleKeys.of(a);
            Optional<String> dup = store.duplicateOf(keys);
            if (dup.isPresent()) {
                out.add(new Ingested(a.id(), "duplicate", Optional.of("same " + dup.get() + " as a stored article")));
                continue;
            }
            try {
                Analysis analysis = analyze(a);
                Optional<String> d = store.add(analysis, compact.toJson(analysis), keys);
                out.add(d.map(x -> new Ingested(a.id(), "duplicate", Optional.of("same " + x + " as a stored article")))
                        .orElse(new Ingested(a.id(), "ingested", Optional.empty())));
            } catch (RuntimeException e) {
                out.add(new Ingested(a.id(), "failed", Optional.of(String.valueOf(e.getMessage()))));
            }
        }
        store.commit();
        return out;
    }

    @Override
    public void close() {
        pipeline.cancel(true);
        comparison.cancel(true);
        store.close();
    }
}
