package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.LanguageGuess;

/**
 * The first article in a language has every annotator prepared for that language on a background thread, once per
 * language, and a failing preparation changes nothing in what the pipeline produces.
 */
class PipelinePrepareTest {
    private static final Layer<Integer> WORDS = Layer.of("word-count", Integer.class);

    /** Sets the language from the article's first word ("fr …", "en …"). */
    private final Annotator language = new Annotator() {
        public String name() { return "language"; }
        public Set<Layer<?>> requires() { return Set.of(); }
        public Set<Layer<?>> produces() { return Set.of(Layers.LANGUAGE); }
        public void annotate(Doc d) { d.put(Layers.LANGUAGE, new LanguageGuess(d.text().substring(0, 2), 1.0)); }
    };

    /** Records each preparation (language and thread), and counts words; its preparation may be made to fail. */
    private static final class Counter implements Annotator {
        final List<String> prepared = new CopyOnWriteArrayList<>();
        final CountDownLatch calls;
        final boolean failing;

        Counter(int expectedCalls, boolean failing) {
            this.calls = new CountDownLatch(expectedCalls);
            this.failing = failing;
        }

        public String name() { return "counter"; }
        public Set<Layer<?>> requires() { return Set.of(Layers.LANGUAGE); }
        public Set<Layer<?>> produces() { return Set.of(WORDS); }
        public void annotate(Doc d) { d.put(WORDS, d.text().split(" ").length); }

        @Override
        public void prepare(String lang) {
            prepared.add(lang + " on " + (Thread.currentThread().getName().startsWith("pipeline-prepare") ? "background" : "caller"));
            calls.countDown();
            if (failing) throw new IllegalStateException("no tables for " + lang);
        }
    }

    @Test
    void eachLanguageIsPreparedOnceInTheBackground() throws InterruptedException {
        Counter counter = new Counter(2, false);
        Pipeline p = Pipeline.builder().add(language).add(counter).build();

        p.run(Article.of("a", "fr un deux"));
        p.run(Article.of("b", "fr trois"));
        p.run(Article.of("c", "en one two three"));
        assertThat(counter.calls.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(counter.prepared).containsExactlyInAnyOrder("fr on background", "en on background");
    }

    @Test
    void aFailingPreparationLeavesTheAnalysisAsItIs() throws InterruptedException {
        Counter counter = new Counter(1, true);
        Pipeline p = Pipeline.builder().add(language).add(counter).build();

        Doc doc = p.run(Article.of("a", "fr un deux trois"));
        assertThat(counter.calls.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(doc.expect(WORDS)).isEqualTo(4);
        assertThat(doc.failures()).isEmpty();
        assertThat(p.run(Article.of("b", "fr quatre")).expect(WORDS)).isEqualTo(2);
    }
}
