package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stored analyses record their versions; a re-index re-analyses the stale ones from their stored title and body. */
class ReindexerTest {
    @TempDir
    Path dir;

    @Test
    void onlyAnalysesOfOtherVersionsAreReanalysedAndReplaced() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.useVersions(Map.of("engine", "1"));
            new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 2)
                    .run(GeneratedCorpus.items(6), Ingester.Listener.NONE);
            store.useVersions(Map.of("engine", "2"));
            new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 2)
                    .run(GeneratedCorpus.items(8), Ingester.Listener.NONE);   // 6 duplicates, 2 new under version 2
            assertThat(store.count()).isEqualTo(8);

            AtomicInteger analysed = new AtomicInteger();
            Reindexer reindexer = new Reindexer(store, a -> {
                analysed.incrementAndGet();
                return GeneratedCorpus.analyse(a);
            }, TestAnalyses::json, 2);
            assertThat(reindexer.stale(false)).hasSize(6);
            AtomicInteger lastDone = new AtomicInteger();
            Reindexer.Summary s = reindexer.run(false, (done, total) -> lastDone.accumulateAndGet((int) done, Math::max));
            assertThat(s.line()).isEqualTo("re-analysed 6, already current 2, failed 0");
            assertThat(analysed.get()).isEqualTo(6);
            assertThat(lastDone.get()).isEqualTo(6);
            assertThat(store.count()).isEqualTo(8);
            assertThat(reindexer.stale(false)).isEmpty();
            assertThat(reindexer.stale(true)).hasSize(8);
            // the same article, analysed again from its stored title and body, is stored as before
            var first = GeneratedCorpus.analysis(0);
            assertThat(store.json(first.id())).hasValue(TestAnalyses.json(first));
        }
    }

    @Test
    void aFailureOnOneArticleIsCountedAndTheRestGoOn() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 1)
                    .run(GeneratedCorpus.items(3), Ingester.Listener.NONE);
            String victim = GeneratedCorpus.analysis(1).id();
            Reindexer.Summary s = new Reindexer(store, a -> {
                if (a.id().equals(victim)) throw new IllegalStateException("annotator exploded");
                return GeneratedCorpus.analyse(a);
            }, TestAnalyses::json, 1).run(true, (done, total) -> { });
            assertThat(s.reanalysed()).isEqualTo(2);
            assertThat(s.failed()).isEqualTo(1);
            assertThat(s.failureExamples()).singleElement().asString().startsWith(victim + ": IllegalStateException");
            assertThat(store.count()).isEqualTo(3);
        }
    }
}
