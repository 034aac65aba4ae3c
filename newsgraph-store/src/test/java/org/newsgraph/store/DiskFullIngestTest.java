package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up during an ingest (simulated: the store's directory refuses new files once "full") stops the
 * ingest with one line saying so, and the store reopens at its last commit: nothing of the unfinished batch is
 * kept half-way.
 */
class DiskFullIngestTest {
    @TempDir
    Path dir;

    /** A directory whose new files fail like a full disk once {@code full} is set. */
    private static Directory fillingUp(Directory d, AtomicBoolean full) {
        return new FilterDirectory(d) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
                if (full.get()) throw new IOException("No space left on device");
                return super.createOutput(name, context);
            }

            @Override
            public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
                if (full.get()) throw new IOException("No space left on device");
                return super.createTempOutput(prefix, suffix, context);
            }
        };
    }

    @Test
    void aFullDiskStopsTheIngestInOneLineAndKeepsTheLastCommit() {
        AtomicBoolean full = new AtomicBoolean();
        var items = IntStream.range(0, 40).<IngestItem>mapToObj(n -> new IngestItem.Readable(
                TestAnalyses.article(GeneratedCorpus.analysis(n)), "generated#" + n)).iterator();
        try (CorpusStore store = CorpusStore.open(dir, new StoreOptions(10, 600_000), d -> fillingUp(d, full))) {
            assertThatThrownBy(() -> new Ingester(store, a -> {
                if (a.id().equals(GeneratedCorpus.id(15))) full.set(true);   // the disk fills during the second batch
                return GeneratedCorpus.analyse(a);
            }, TestAnalyses::json, 1).run(items, Ingester.Listener.NONE))
                    .isInstanceOf(StoreWriteException.class)
                    .hasMessage("cannot write the store " + dir + " (No space left on device): free disk space or fix the permissions, "
                            + "then run the ingest again; the articles committed before are kept and the unfinished batch was dropped");
        }
        try (CorpusStore reopened = CorpusStore.openReadOnly(dir)) {
            assertThat(reopened.count()).isEqualTo(10);
        }
        assertThat(StoreIntegrity.check(dir).clean()).isTrue();
    }
}
