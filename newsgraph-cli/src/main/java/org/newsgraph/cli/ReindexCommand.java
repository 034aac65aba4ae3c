package org.newsgraph.cli;

import org.newsgraph.core.Counted;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.annotate.PipelineVersions;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Pipeline;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.io.write.ProgressBar;
import org.newsgraph.server.KbGazetteer;
import org.newsgraph.store.CorpusStore;
import org.newsgraph.store.Reindexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsgraph reindex}: re-analyses the stored articles an upgrade made stale. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = {"Re-analyses the articles of a store whose analyses were made by another engine, knowledge base "
                + "or model version (each stored analysis records them), from their stored title and body.",
                "Run it after upgrading Newsgraph or importing places (kb import-geonames); --all re-analyses every article."})
final class ReindexCommand implements Callable<Integer> {

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "The store directory.")
    Path store;

    @Option(names = "--all", description = "Re-analyse every article, current or not.")
    boolean all;

    @Option(names = "--threads", description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory. Default: ~/.newsgraph/kb when it exists.")
    Path kb;

    @Option(names = {"-q", "--quiet"}, description = "No progress.")
    boolean quiet;

    @Override
    public Integer call() {
        if (threads < 1) {
            System.err.println("newsgraph: --threads must be at least 1");
            return 2;
        }
        Optional<Path> localKb = Optional.ofNullable(kb);
        Map<String, String> versions = PipelineVersions.of(localKb);
        try (CorpusStore s = CorpusStore.open(store)) {
            s.useVersions(versions).useGazetteer(KbGazetteer.load(localKb));
            Pipeline pipeline = StandardPipeline.create(localKb);
            AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
            Reindexer reindexer = new Reindexer(s, a -> Analyses.of(pipeline.run(a)), writer::toJson, threads);
            long stale = reindexer.stale(all).size();
            if (!quiet) System.err.println("re-analysing " + stale + " of " + Counted.of(s.count(), "article") + " (now " + s.versions() + ")");
            ProgressBar bar = Terminal.progress(stale, "re-analysing " + Counted.of(stale, "article"), quiet);
            boolean lines = !quiet && !Terminal.interactive();
            AtomicLong lastTenth = new AtomicLong();
            Reindexer.Summary summary = reindexer.run(all, (done, total) -> {
                bar.update(done);
                // without a terminal, a line at every tenth so a log shows it moving
                long tenth = total == 0 ? 10 : done * 10 / total;
                if (lines && tenth > lastTenth.getAndSet(tenth)) System.err.println("re-analysed " + done + " of " + total);
            });
            bar.finish();
            for (String example : summary.failureExamples()) System.err.println("failed: " + example);
            System.err.println(summary.line() + "; the store holds " + Counted.of(s.count(), "article"));
            return summary.failed() == 0 ? 0 : 1;
        }
    }
}
