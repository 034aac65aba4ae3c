package org.newsgraph.cli;

import org.newsgraph.core.Counted;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.cli.eval.Evaluation;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.io.write.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph eval GOLD_DIR [PRED_DIR]}: how good the output is on annotated articles. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores analyses against gold annotations (docs/format.md §3 and §4): P/R/F1 per layer and language, "
                + "variants merged, speaker, source and value accuracy, outlet accuracy.",
                "Without PRED_DIR, analyses GOLD_DIR/*.input.json itself first; with it, scores the <id>.json files "
                        + "there (as `analyze --out PRED_DIR` writes them)."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Directory of NAME.gold.json and NAME.input.json files.")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PRED_DIR", description = "Directory of <id>.json analyses to score.")
    Path pred;

    @Option(names = "--json", description = "The scores as JSON.")
    boolean json;

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory for the analyses, as for analyze.")
    Path kb;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar.")
    boolean quiet;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(gold)) {
            System.err.println("newsgraph: " + gold + " is not a directory: give a directory of NAME.gold.json files");
            return 2;
        }
        if (pred != null && !Files.isDirectory(pred)) {
            System.err.println("newsgraph: " + pred + " is not a directory: give the --out directory of `newsgraph analyze`");
            return 2;
        }
        Evaluation e = Evaluation.run(gold, pred != null ? Evaluation.directory(pred) : analyseInputs());
        System.out.print(json ? e.json() + "\n" : e.text());
        System.out.flush();
        return 0;
    }

    /** Analyses every NAME.input.json of the gold directory in memory, found by article id or by NAME. */
    private java.util.function.Function<String, Optional<String>> analyseInputs() throws Exception {
        List<Path> inputs;
        try (Stream<Path> s = Files.list(gold)) {
            inputs = s.filter(p -> p.getFileName().toString().endsWith(".input.json")).sorted().toList();
        }
        Pipeline pipeline = StandardPipeline.create(Optional.ofNullable(kb));
        AnalysisJsonWriter writer = new AnalysisJsonWriter(false);
        Map<String, String> byKey = new ConcurrentHashMap<>();
        ProgressBar progress = Terminal.progress(inputs.size(), "analysing " + Counted.of(inputs.size(), "article") + " of " + gold, quiet);
        Inputs reader = new Inputs();
        List<ReadResult> read = new ArrayList<>();
        for (Path p : inputs) reader.read(p.toString(), read::add);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        read.parallelStream().forEach(r -> {
            r.article().ifPresent(a -> {
                String analysis = writer.toJson(Analyses.of(pipeline.run(a)));
                byKey.put(a.id(), analysis);
                byKey.putIfAbsent(nameOf(r.origin()), analysis);
            });
            r.error().ifPresent(err -> System.err.println("failed: " + err));
            progress.update(done.incrementAndGet());
        });
        return key -> Optional.ofNullable(byKey.get(key));
    }

    private static String nameOf(String origin) {
        String f = Path.of(origin).getFileName().toString();
        return f.endsWith(".input.json") ? f.substring(0, f.length() - ".input.json".length()) : f;
    }

}
