package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checksums verified on open, the full check, and a repair that names the articles it loses. */
class StoreIntegrityTest {
    @TempDir
    Path dir;

    private void fill(int from, int to) {
        try (CorpusStore store = CorpusStore.open(dir, new StoreOptions(1000, 60_000))) {
            new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 1)
                    .run(java.util.stream.IntStream.range(from, to).<IngestItem>mapToObj(n -> new IngestItem.Readable(
                            TestAnalyses.article(GeneratedCorpus.analysis(n)), "generated#" + n)).iterator(), Ingester.Listener.NONE);
        }
    }

    @Test
    void aSoundStorePassesTheFullCheck() {
        fill(0, 20);
        StoreIntegrity.Report r = StoreIntegrity.check(dir);
        assertThat(r.clean()).isTrue();
        assertThat(r.articles()).isEqualTo(20);
        assertThat(r.line()).startsWith("the store " + dir + " is sound: 20 articles in 1 segment,");
    }

    @Test
    void aDamagedSegmentIsFoundOnOpenAndRepairListsTheIdsItHeld() throws Exception {
        fill(0, 10);
        Path first;
        try (Stream<Path> files = Files.list(dir)) {
            first = files.filter(f -> f.getFileName().toString().equals("_0.cfs"))
                    .findFirst().orElseThrow();
        }
        fill(10, 15);
        try (RandomAccessFile raf = new RandomAccessFile(first.toFile(), "rw")) {
            raf.seek(raf.length() / 2);
            raf.write(new byte[64]);
        }
        assertThatThrownBy(() -> CorpusStore.openReadOnly(dir)).isInstanceOf(StoreDamagedException.class)
                .hasMessageStartingWith("the store " + dir + " is damaged (checksum failed");
        assertThatThrownBy(() -> CorpusStore.open(dir)).isInstanceOf(StoreDamagedException.class);

        StoreIntegrity.Report check = StoreIntegrity.check(dir);
        assertThat(check.damagedSegments()).isEqualTo(1);
        assertThat(check.articlesInDamaged()).isEqualTo(10);

        StoreIntegrity.Repair repair = StoreIntegrity.repair(dir);
        assertThat(repair.lostIds()).hasSize(10).contains(GeneratedCorpus.analysis(0).id(), GeneratedCorpus.analysis(9).id());
        assertThat(repair.unknownLost()).isZero();
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThat(store.count()).isEqualTo(5);
        }
    }
}
