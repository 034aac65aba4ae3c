package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.annotate.attribution.Ranking;
import org.newsgraph.annotate.attribution.Rankings;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.IsoDates;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.read.Inputs;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.io.write.AnalysisTextWriter;
import org.newsgraph.io.write.AtomicFile;
import org.newsgraph.io.write.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph analyze}: one or many articles in, their analyses out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyses articles and prints a summary or the JSON of docs/format.md.",
                "FILE: .txt, .html, .json, .jsonl, .warc(.gz), .rss/.atom, an http(s):// URL (fetched), or - for standard input;"
                        + " without FILE, a piped standard input is read.",
                "With --out DIR, writes DIR/<id>.json per article; one bad article never stops the batch."})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, json, jsonl }

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files or URLs, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (a readable summary), json (one indented object; an array for several articles) "
            + "or jsonl (one compact line per article). Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Write one JSON file per article into DIR instead of printing.")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary line; failures are still reported.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "One line per article on standard error: where it came from, its id, language and what was found.")
    boolean verbose;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (ISO, e.g. 2022-01-29) used when the input has none; it anchors relative times.")
    String published;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of the articles (fr, en, ru…), instead of identifying it.")
    String lang;

    @Option(names = "--kb", paramLabel = "DIR", description = "Local knowledge base directory (from `newsgraph kb import-geonames`). Default: ~/.newsgraph/kb when it exists.")
    Path kb;

    @Option(names = "--explain", description = "For each quote and figure, the candidate speakers or sources with their feature values and scores, and why the winner won (with --out: DIR/<id>.explain.json).")
    boolean explain;

    @Option(names = "--threads", description = "Worker threads for batches. Default: all cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--pretty", description = "With --out: indented JSON files (default: compact, one line per file, faster to write and read).")
    boolean pretty;

    private static final AnalysisJsonWriter PRETTY = new AnalysisJsonWriter(true);
    private static final AnalysisJsonWriter COMPACT = new AnalysisJsonWriter(false);

    @Override
    public Integer call() {
        PrintStream err = System.err;
        if (published != null && !IsoDates.isDateOrDateTime(published)) {
            err.println("newsgraph: --published '" + published + "' is not an ISO date: write it like 2022-01-29");
            return 2;
        }
        if (lang != null && LanguagePacks.find(lang).isEmpty()) {
            err.println("newsgraph: no language pack for --lang '" + lang + "': use one of " + LanguagePacks.all().stream().map(p -> p.code()).toList());
            return 2;
        }
        if (files.isEmpty()) {
            if (Terminal.stdinIsTerminal()) {
                err.println("newsgraph: give an article: FILE…, a URL, or pipe one into standard input (e.g. 'cat article.txt | newsgraph analyze')");
                err.println("Try 'newsgraph analyze --help' for more.");
                return 2;
            }
            files = List.of("-");
        }
        List<ReadResult> inputs = new ArrayList<>();
        Inputs reader = new Inputs();
        for (String f : files) reader.read(f, inputs::add);
        Pipeline pipeline = StandardPipeline.create(java.util.Optional.ofNullable(kb));
        return out == null ? printAll(pipeline, inputs) : writeAll(pipeline, inputs);
    }

    private Article prepare(Article a) {
        Article r = a;
        if (published != null && r.published().isEmpty()) r = r.withPublished(published);
        if (lang != null) r = r.withLanguage(lang);
        return r;
    }

    private int printAll(Pipeline pipeline, List<ReadResult> inputs) {
        boolean one = inputs.size() == 1;
        int failed = 0;
        int printed = 0;
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        for (ReadResult r : inputs) {
            if (r.article().isEmpty()) {
                System.err.println("newsgraph: " + r.error().orElse("unreadable input"));
                failed++;
                continue;
            }
            Doc doc = pipeline.run(prepare(r.article().get()));
            Analysis a = Analyses.of(doc);
            describe(r.origin(), a);
            switch (format) {
                case json -> {
                    if (one) {
                        stdout.println(PRETTY.toJson(a));
                    } else {
                        stdout.print(printed++ == 0 ? "[\n" : ",\n");
                        stdout.print(PRETTY.toJson(a));
                    }
                }
                case jsonl -> stdout.println(COMPACT.toJson(a));
                case text -> stdout.println(new AnalysisTextWriter(Terminal.interactive()).render(a));
            }
            if (explain) {
                // beside a text summary on standard output; on standard error beside JSON, which stays parseable
                PrintStream to = format == Format.text ? stdout : System.err;
                for (Ranking k : rankings(doc)) k.explain(doc.text()).forEach(to::println);
            }
        }
        if (format == Format.json && !one) stdout.println(printed == 0 ? "[]" : "\n]");
        stdout.flush();
        if (!one && !quiet) System.err.println(summary(inputs.size(), failed, Map.of()));
        return failed == 0 ? 0 : 1;
    }

    private int writeAll(Pipeline pipeline, List<ReadResult> inputs) {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            System.err.println("newsgraph: cannot create output directory " + out + " (" + e.getMessage() + "): choose a writable --out");
            return 2;
        }
        Map<String, String> failures = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        List<Callable<Void>> jobs = new ArrayList<>();
        ProgressBar progress = Terminal.progress(inputs.size(), "analysing " + inputs.size() + " articles into " + out, quiet);
        AtomicInteger done = new AtomicInteger();
        AnalysisJsonWriter writer = pretty ? PRETTY : COMPACT;
        for (ReadResult r : inputs) {
            if (r.article().isEmpty()) {
                failures.put(r.origin(), r.error().orElse("unreadable"));
                progress.update(done.incrementAndGet());
                continue;
            }
            Article article = prepare(r.article().get());
            String id = uniqueId(article.id(), usedIds);
            Article input = id.equals(article.id()) ? article : article.withId(id);
            jobs.add(() -> {
                try {
                    Doc doc = pipeline.run(input);
                    Analysis a = Analyses.of(doc);
                    describe(r.origin(), a);
                    AtomicFile.write(out.resolve(fileName(id) + ".json"), to -> writer.write(a, to));
                    if (explain) AtomicFile.write(out.resolve(fileName(id) + ".explain.json"), explanationJson(doc));
                } catch (IOException | RuntimeException e) {
                    synchronized (failures) {
                        failures.put(r.origin(), "cannot write the analysis of " + id + ": " + Newsgraph.oneLine(e));
                    }
                }
                progress.update(done.incrementAndGet());
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (Future<Void> f : pool.invokeAll(jobs)) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.put("batch", "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            failures.put("batch", Newsgraph.oneLine(e.getCause()));
        } finally {
            pool.shutdown();
        }
        failures.forEach((where, why) -> System.err.println("failed: " + why));
        if (!quiet) System.err.println(summary(inputs.size(), failures.size(), failures));
        return failures.isEmpty() ? 0 : 1;
    }

    /** The attribution rankings the quotes and figures annotators left on the document, in that order. */
    private static List<Ranking> rankings(Doc doc) {
        List<Ranking> all = new ArrayList<>(doc.find(Rankings.QUOTES).orElse(List.of()));
        all.addAll(doc.find(Rankings.FIGURES).orElse(List.of()));
        return all;
    }

    private static String explanationJson(Doc doc) {
        StringBuilder b = new StringBuilder("[\n");
        List<Ranking> all = rankings(doc);
        for (int i = 0; i < all.size(); i++) b.append(all.get(i).json()).append(i + 1 < all.size() ? ",\n" : "\n");
        return b.append("]\n").toString();
    }

    /** With --verbose, one line per analysed article on standard error. */
    private void describe(String origin, Analysis a) {
        if (!verbose) return;
        synchronized (System.err) {
            System.err.printf("%s → %s (%s): %d entities, %d quotes, %d figures, %d times%s%n", origin, a.id(), a.lang(),
                    a.entities().size(), a.quotes().size(), a.figures().size(), a.times().size(),
                    a.warnings().isEmpty() ? "" : ", " + a.warnings().size() + " warnings");
        }
    }

    private static String summary(int total, int failed, Map<String, String> failures) {
        String s = "analysed " + (total - failed) + " of " + total + " articles, " + failed + " failed";
        if (failed > 0 && !failures.isEmpty()) s += " (see the 'failed:' lines above)";
        return s;
    }

    private static String uniqueId(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    /** An id made safe as a file name: path separators and control characters replaced. */
    static String fileName(String id) {
        String s = id.replaceAll("[/\\\\:*?\"<>|\\p{Cntrl}]", "_");
        if (s.isBlank() || s.startsWith(".")) s = "_" + s;
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

}
