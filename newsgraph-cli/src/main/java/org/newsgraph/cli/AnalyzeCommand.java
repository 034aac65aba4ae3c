package org.newsgraph.cli;

import org.newsgraph.core.Counted;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
import org.newsgraph.io.write.AnalysisFormat;
import org.newsgraph.io.write.AnalysisFormats;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.io.write.AnalysisSink;
import org.newsgraph.io.write.AnalysisTextWriter;
import org.newsgraph.io.write.AtomicFile;
import org.newsgraph.io.write.ProgressBar;
import org.newsgraph.io.write.WriteOptions;
import org.newsgraph.store.Ingester;
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

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Article files or URLs, or - for standard input.")
    List<String> files = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatName.class, description = "text (a readable summary), json (one indented object; an array for several articles), "
            + "jsonl (one compact line per article), html (the article page as one self-contained HTML file; with --out, DIR/<id>.html), "
            + "gkg (GDELT GKG 2.1 rows), webanno (W3C Web Annotation JSON-LD) or csv (one row per figure); docs/interop.md. "
            + "With --out: DIR/<id>.json for text, json and jsonl, DIR/<id>.jsonld for webanno, one DIR/articles.gkg.tsv or DIR/figures.csv for the batch. Default: ${DEFAULT-VALUE}.")
    String format = "text";

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
        if (threads < 1 || threads > Ingester.MAX_THREADS) {
            err.println("newsgraph: --threads " + threads + " is out of range: give 1 to " + Ingester.MAX_THREADS
                    + " (this machine has " + Runtime.getRuntime().availableProcessors() + " cores)");
            return 2;
        }
        if (out != null) {
            String problem = OutputDirectory.prepare(out);
            if (problem != null) {
                err.println("newsgraph: " + problem);
                return 2;
            }
        }
        Pipeline pipeline = StandardPipeline.create(java.util.Optional.ofNullable(kb));
        ArticleQueue inputs = ArticleQueue.read(files);
        return out == null ? printAll(pipeline, inputs) : writeAll(pipeline, inputs);
    }

    private Article prepare(Article a) {
        Article r = a;
        if (published != null && r.published().isEmpty()) r = r.withPublished(published);
        if (lang != null) r = r.withLanguage(lang);
        return r;
    }

    /** Prints each article's analysis as it is read: one at a time, in the order of the inputs. */
    private int printAll(Pipeline pipeline, ArticleQueue inputs) {
        int failed = 0;
        int total = 0;
        boolean one = true;
        boolean interactive = Terminal.interactive();
        boolean text = format.equals("text");
        PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        java.io.Writer w = new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        AnalysisSink sink = null;
        while (inputs.hasNext()) {
            ArticleQueue.Item item = inputs.next();
            ReadResult r = item.result();
            total++;
            if (total == 1) one = !inputs.hasNext();   // waits for the reader: a single input prints a single object
            if (format.equals("html") && !one) {
                item.release();
                System.err.println("newsgraph: --format html writes one page: give one article, or --out DIR for DIR/<id>.html per article");
                return 2;
            }
            try {
                if (r.article().isEmpty()) {
                    System.err.println("newsgraph: " + TerminalText.safe(r.error().orElse("unreadable input")));
                    failed++;
                    continue;
                }
                Doc doc = pipeline.run(prepare(r.article().get()));
                Analysis a = Analyses.of(doc);
                describe(r.origin(), a);
                if (text) {
                    String summary = new AnalysisTextWriter(interactive).render(a);
                    stdout.println(interactive ? TerminalText.safeKeepingColours(summary) : TerminalText.safe(summary));
                } else {
                    // every other format from the io registry, exactly as the store and Spark write it
                    if (sink == null) sink = AnalysisFormats.expect(format).open(w, new WriteOptions(interactive, !one));
                    sink.write(a);
                    w.flush();
                }
                if (explain) {
                    // beside a text summary on standard output; on standard error beside other formats, which stay parseable
                    PrintStream to = text ? stdout : System.err;
                    for (Ranking k : rankings(doc)) k.explain(doc.text()).forEach(line -> to.println(TerminalText.safe(line)));
                }
            } catch (IOException e) {
                System.err.println("newsgraph: cannot write the output: " + Newsgraph.oneLine(e));
                return 1;
            } finally {
                item.release();
            }
        }
        try {
            if (sink == null && !text) sink = AnalysisFormats.expect(format).open(w, new WriteOptions(interactive, !one));
            if (sink != null) sink.close();
            w.flush();
        } catch (IOException e) {
            System.err.println("newsgraph: cannot write the output: " + Newsgraph.oneLine(e));
            return 1;
        }
        stdout.flush();
        if (!one && !quiet) System.err.println(summary(total, failed));
        return failed == 0 ? 0 : 1;
    }

    /**
     * The batch: articles stream from the reader thread through the bounded {@link ArticleQueue} to {@code threads}
     * workers that analyse and write them; at most {@code 2 × threads} articles are handed out at once, and the
     * queue's weight budget bounds the memory whatever the batch holds. Each article gets a distinct file name.
     */
    private int writeAll(Pipeline pipeline, ArticleQueue inputs) {
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger total = new AtomicInteger();
        OutputNames names = new OutputNames();
        long expected = quiet || !Terminal.interactive() ? 0 : Inputs.countArticles(files);
        ProgressBar progress = Terminal.progress(expected, "analysing " + (expected > 0 ? expected + " " : "") + "articles into " + out, quiet);
        AtomicInteger done = new AtomicInteger();
        AnalysisFormat chosen = AnalysisFormats.expect(format);
        // text and the JSON lines write one JSON file per article, as --out always did
        AnalysisFormat perArticle = format.equals("text") || format.equals("jsonl") ? AnalysisFormats.expect("json") : chosen;
        BatchFile batch;
        try {
            batch = perArticle.oneFilePerBatch() ? BatchFile.open(out.resolve(perArticle.fileName()), perArticle) : null;
        } catch (IOException e) {
            System.err.println("newsgraph: cannot write " + out.resolve(perArticle.fileName()) + " (" + OutputDirectory.why(e)
                    + "): check the space and permissions of --out");
            return 2;
        }
        AnalysisJsonWriter writer = pretty ? PRETTY : COMPACT;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "analyze");
            t.setDaemon(true);
            return t;
        });
        Semaphore handedOut = new Semaphore(2 * threads);
        java.util.function.BiConsumer<String, String> fail = (origin, why) -> {
            failed.incrementAndGet();
            synchronized (System.err) {
                System.err.println("failed: " + TerminalText.safe(why));
            }
        };
        try {
            while (inputs.hasNext()) {
                ArticleQueue.Item item = inputs.next();
                ReadResult r = item.result();
                int position = total.getAndIncrement();
                if (r.article().isEmpty()) {
                    item.release();
                    if (batch != null) batch.skip(position);
                    fail.accept(r.origin(), r.error().orElse("unreadable"));
                    progress.update(done.incrementAndGet());
                    continue;
                }
                Article input = prepare(r.article().get());
                String name = names.next(input.id());
                handedOut.acquireUninterruptibly();
                pool.execute(() -> {
                    boolean written = false;
                    try {
                        Doc doc = pipeline.run(input);
                        Analysis a = Analyses.of(doc);
                        describe(r.origin(), a);
                        if (batch != null) batch.write(position, a);
                        else if (perArticle.name().equals("json")) AtomicFile.write(out.resolve(name + ".json"), to -> writer.write(a, to));
                        else AtomicFile.write(out.resolve(name + perArticle.fileName()), render(perArticle, a));
                        written = true;
                        if (explain) AtomicFile.write(out.resolve(name + ".explain.json"), explanationJson(doc));
                    } catch (IOException e) {
                        fail.accept(r.origin(), "cannot write the analysis of " + input.id() + " into " + out + " ("
                                + OutputDirectory.why(e) + "): check the space and permissions of --out");
                    } catch (RuntimeException | StackOverflowError e) {
                        fail.accept(r.origin(), r.origin() + ": the analysis failed (" + Newsgraph.oneLine(e) + ")");
                    } finally {
                        if (batch != null && !written) batch.skip(position);
                        item.release();
                        handedOut.release();
                        progress.update(done.incrementAndGet());
                    }
                });
            }
        } finally {
            pool.shutdown();
            try {
                while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    // the last articles are being analysed
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (batch != null) {
            try {
                batch.close();
            } catch (IOException e) {
                fail.accept("batch", "cannot finish " + out.resolve(perArticle.fileName()) + " (" + OutputDirectory.why(e)
                        + "): check the space and permissions of --out");
            }
        }
        progress.finish();
        if (!quiet) System.err.println(summary(total.get(), failed.get()));
        return failed.get() == 0 ? 0 : 1;
    }

    /** A --format value: the name of a format of the io registry, any case; else picocli's one-line error. */
    static final class FormatName implements picocli.CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return AnalysisFormats.find(value).map(AnalysisFormat::name).orElseThrow(() ->
                    new picocli.CommandLine.TypeConversionException("'" + value + "' is not a format: use one of "
                            + String.join(", ", AnalysisFormats.names())));
        }
    }

    /** One analysis in a per-article format, as the text of its file. */
    private static String render(AnalysisFormat f, Analysis a) throws IOException {
        java.io.StringWriter sw = new java.io.StringWriter();
        try (AnalysisSink sink = f.open(sw, WriteOptions.PLAIN)) {
            sink.write(a);
        }
        return sw.toString();
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
            System.err.printf("%s → %s (%s): %d entities, %d quotes, %d figures, %d times%s%n", TerminalText.safe(origin),
                    TerminalText.safe(a.id()), a.lang(),
                    a.entities().size(), a.quotes().size(), a.figures().size(), a.times().size(),
                    a.warnings().isEmpty() ? "" : ", " + a.warnings().size() + " warnings");
        }
    }

    private static String summary(int total, int failed) {
        String s = "analysed " + (total - failed) + " of " + Counted.of(total, "article") + ", " + failed + " failed";
        if (failed > 0) s += " (see the 'failed:' lines above)";
        return s;
    }

}
