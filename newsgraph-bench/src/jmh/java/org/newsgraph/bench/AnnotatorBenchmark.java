package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Pipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Average time of one annotator of the standard pipeline (the segmenter is one), on documents that already hold
 * every layer the annotators before it produce, so only that annotator is measured; {@code pipeline} measures the
 * whole pipeline from the article. One operation is one pass over the whole corpus; the score divided by the corpus
 * size is the time per article (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnnotatorBenchmark {

    /** The pseudo-annotator name that measures the whole pipeline. */
    private static final String WHOLE = "pipeline";

    @Param({"language", "outlet", "segmenter", "entities", "quotes", "figures", "times", WHOLE})
    public String annotator;

    private Pipeline pipeline;
    private List<Article> articles;
    private Annotator target;
    private final List<Doc> docs = new ArrayList<>();

    @Setup(Level.Trial)
    public void prepare() {
        pipeline = StandardPipeline.create();
        articles = Corpus.load();
        if (annotator.equals(WHOLE)) return;
        target = pipeline.annotators().stream().filter(a -> a.name().equals(annotator)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no annotator " + annotator));
        for (Article article : articles) {
            Doc doc = new Doc(article);
            for (Annotator a : pipeline.annotators()) {
                if (a == target) break;
                if (a.requires().stream().allMatch(doc::has)) a.annotate(doc);
            }
            if (target.requires().stream().allMatch(doc::has)) docs.add(doc);
        }
    }

    /** The annotator over every document of the corpus; its layers are replaced on each pass. */
    @Benchmark
    public void annotateCorpus(Blackhole sink) {
        if (target == null) {
            for (Article a : articles) sink.consume(pipeline.run(a));
            return;
        }
        for (Doc doc : docs) {
            target.annotate(doc);
            sink.consume(doc);
        }
    }
}
