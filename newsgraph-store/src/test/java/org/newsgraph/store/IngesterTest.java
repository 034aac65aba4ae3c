package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.model.Analysis;

class IngesterTest {
    @TempDir
    Path dir;

    @Test
    void countsIngestedDuplicatesAndFailuresWithReasons() {
        List<IngestItem> items = new ArrayList<>();
        GeneratedCorpus.items(30).forEachRemaining(items::add);
        GeneratedCorpus.items(5).forEachRemaining(items::add);                   // the same five again
        items.add(new IngestItem.Unreadable("bad.json", "unexpected end of input"));
        items.add(new IngestItem.Readable(TestAnalyses.article(GeneratedCorpus.analysis(999)).withId("boom"), "boom.txt"));
        AtomicLong lastDone = new AtomicLong();
        try (CorpusStore store = CorpusStore.open(dir, new StoreOptions(7, 60_000))) {
            IngestSummary s = new Ingester(store, a -> {
                if (a.id().equals("boom")) throw new IllegalStateException("annotator exploded");
                return GeneratedCorpus.analyse(a);
            }, TestAnalyses::json, 3).run(items.iterator(), (done, ok, dup, failed) -> lastDone.accumulateAndGet(done, Math::max));
            assertThat(s.ingested()).isEqualTo(30);
            assertThat(s.duplicates()).isEqualTo(5);
            assertThat(s.failed()).isEqualTo(2);
            assertThat(s.failureReasons()).containsEntry("unreadable input", 1L).containsEntry("IllegalStateException", 1L);
            assertThat(s.failureExamples()).anyMatch(e -> e.startsWith("boom.txt: IllegalStateException: annotator exploded"));
            assertThat(s.line()).startsWith("ingested 30, duplicates 5, failed 2 (");
            assertThat(lastDone.get()).isEqualTo(items.size());
            assertThat(store.count()).isEqualTo(30);
        }
    }

    @Test
    void aReasonThatAlreadyNamesItsInputNamesItOnce() {
        List<IngestItem> items = List.of(
                new IngestItem.Unreadable("deep.json", "deep.json is a JSON record beyond the limits of an article"),
                new IngestItem.Unreadable("cut.json", "unexpected end of input"));
        try (CorpusStore store = CorpusStore.open(dir)) {
            IngestSummary s = new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 1)
                    .run(items.iterator(), Ingester.Listener.NONE);
            assertThat(s.failureExamples()).containsExactlyInAnyOrder(
                    "deep.json is a JSON record beyond the limits of an article", "cut.json: unexpected end of input");
        }
    }

    @Test
    void theStoreHoldsTheJsonTheWriterProduced() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 2)
                    .run(GeneratedCorpus.items(3), Ingester.Listener.NONE);
            Analysis second = GeneratedCorpus.analysis(1);
            assertThat(store.json(second.id())).hasValue(TestAnalyses.json(second));
        }
    }
}
