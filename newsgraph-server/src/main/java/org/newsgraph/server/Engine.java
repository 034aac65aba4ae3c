package org.newsgraph.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.store.ArticleKeys;
import org.newsgraph.store.CorpusStore;

/**
 * What the handlers work with: the store, the comparison, and the analysis pipeline. The pipeline (language packs,
 * knowledge base, models) is built on a background thread from the start, so the server listens at once; the
 * first analysis waits for it.
 */
final class Engine implements AutoCloseable {
    private final CorpusStore store;
    private final boolean writable;
    private final Optional<Path> kb;
    private final CompletableFuture<Pipeline> pipeline = new CompletableFuture<>();
    private final FactComparison comparison;
    private final AnalysisJsonWriter compact = new AnalysisJsonWriter(false);

    Engine(Path storeDir, boolean readOnly, Optional<Path> kb) {
        this.store = readOnly ? CorpusStore.openReadOnly(storeDir) : CorpusStore.open(storeDir);
        this.writable = !readOnly;
        this.kb = kb;
        this.comparison = FactComparison.standard();   // a few lexicons: milliseconds
    }

    /** Starts building the pipeline on a background thread; analyses wait for it. */
    void loadPipeline() {
        Thread t = new Thread(() -> {
            try {
                pipeline.complete(StandardPipeline.create(kb));
            } catch (RuntimeException | Error e) {
                pipeline.completeExceptionally(e);
            }
        }, "pipeline-load");
        t.setDaemon(true);
        t.start();
    }

    CorpusStore store() {
        return store;
    }

    FactComparison comparison() {
        return comparison;
    }

    Analysis analyze(Article article) {
        return Analyses.of(pipeline().run(article));
    }

    private Pipeline pipeline() {
        try {
            return pipeline.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is shutting down: try again once it is back");
        } catch (ExecutionException e) {
            throw new ApiException(500, "the analysis pipeline could not be built (" + e.getCause().getMessage()
                    + "): check the server's log and restart it");
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
        store.close();
    }
}
