package org.newsgraph.cli;

import org.newsgraph.core.Counted;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.io.write.ProgressBar;
import org.newsgraph.server.KbGazetteer;
import org.newsgraph.store.CorpusStore;
import org.newsgraph.store.IngestSummary;
import org.newsgraph.store.Ingester;
import org.newsgraph.store.StoreOptions;
import org.newsgraph.store.StoreWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph ingest}: analyses articles with the same pipeline as {@code analyze} and adds them to a store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Analyses articles and adds them to a corpus store (created when missing).",
                "INPUT: files (.txt, .html, .json, .jsonl, .warc, .warc.gz, RSS/Atom feeds) or directories, walked recursively.",
                "Articles already stored (same id, URL or text) are skipped; a killed ingest keeps every committed batch."})
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories.")
    List<String> inputs;

    @Option(names = "--threads", description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", description = "Articles per commit: a crash loses at most one batch. Default: ${DEFAULT-VALUE}.")
    int batch = StoreOptions.defaults().batchSize();

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date for articles that have none.")
    String published;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of the articles, instead of identifying it.")
    String lang;

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory (from `newsgraph kb import-geonames`). Default: ~/.newsgraph/kb when it exists.")
    Path kb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() {
        if (threads < 1 || threads > Ingester.MAX_THREADS) {
            System.err.println("newsgraph: --threads " + threads + " is out of range: give 1 to " + Ingester.MAX_THREADS
                    + " (this machine has " + Runtime.getRuntime().availableProcessors() + " cores)");
            return 2;
        }
        if (batch < 1) {
            System.err.println("newsgraph: --batch must be at least 1");
            return 2;
        }
        List<String> files = Inputs.expand(inputs, warning -> System.err.println("newsgraph: warning: " + TerminalText.safe(warning)));
        if (files.isEmpty()) {
            System.err.println("newsgraph: no article files found in " + TerminalText.safe(String.valueOf(inputs))
                    + ": give .txt, .html, .json, .jsonl, .warc(.gz) or feed files");
            return 2;
        }
        // The pipeline first: its KB loads on a background thread while the store opens and the reader starts;
        // the gazetteer then shares that KB (KnowledgeBase.shared) instead of loading it before anything else.
        Pipeline pipeline = StandardPipeline.create(java.util.Optional.ofNullable(kb));
        try (CorpusStore s = CorpusStore.open(store, new StoreOptions(batch, StoreOptions.defaults().commitEveryMillis()))) {
            IngestItems items = new IngestItems(ArticleQueue.read(files), this::prepare);
            s.useGazetteer(KbGazetteer.load(java.util.Optional.ofNullable(kb)))
                    .useVersions(org.newsgraph.annotate.PipelineVersions.of(java.util.Optional.ofNullable(kb)));
            long total = quiet || !Terminal.interactive() ? 0 : Inputs.countArticles(files);
            ProgressBar progress = Terminal.progress(total,
                    "ingesting " + (total > 0 ? total + " " : "") + "articles into " + store + " on " + threads + " threads", quiet);
            AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
            IngestSummary summary;
            try {
                summary = new Ingester(s, a -> Analyses.of(pipeline.run(a)), writer::toJson, threads)
                        .run(items, (done, ok, dup, failed) -> progress.update(total > 0 ? Math.min(done, total) : done), items::finished);
            } catch (StoreWriteException e) {
                progress.finish();
                System.err.println("newsgraph: " + e.getMessage());
                return 3;
            }
            progress.finish();
            for (String example : summary.failureExamples()) System.err.println("failed: " + TerminalText.safe(example));
            System.err.println(summary.line() + "; the store holds " + Counted.of(s.count(), "article"));
            return summary.failed() == 0 ? 0 : 1;
        }
    }

    private Article prepare(Article a) {
        Article r = a;
        if (published != null && r.published().isEmpty()) r = r.withPublished(published);
        if (lang != null) r = r.withLanguage(lang);
        return r;
    }
}
