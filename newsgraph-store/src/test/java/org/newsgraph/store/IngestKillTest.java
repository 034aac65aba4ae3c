package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A killed ingest loses at most its uncommitted batch; the store reopens with every committed article intact. */
class IngestKillTest {
    private static final int ARTICLES = 20_000;
    private static final int BATCH = 50;

    @TempDir
    Path tmp;
    private Path dir;

    @Test
    void aStoreKilledMidIngestReopensWithEveryCommittedArticleIntact() throws Exception {
        dir = tmp.resolve("store");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                KillableIngest.class.getName(), dir.toString(), String.valueOf(ARTICLES), String.valueOf(BATCH))
                .redirectErrorStream(true).redirectOutput(new File(tmp.toFile(), "child.log")).start();
        int seenCommitted = waitForCommits(p, 4 * BATCH);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seenCommitted).as("the child was killed midway").isLessThan(ARTICLES);

        try (CorpusStore store = CorpusStore.open(dir)) {
            int count = store.count();
            assertThat(count).isGreaterThanOrEqualTo(seenCommitted).isLessThan(ARTICLES);
            // No "whole batches" check: ingest threads index side by side, so a commit also takes the articles other
            // threads finished adding meanwhile; what the store promises is that each of them is whole (below).
            Set<String> ids = new HashSet<>();
            store.forEachAnalysis(SearchRequest.of(""), doc -> {
                ids.add(doc.id());
                int n = Integer.parseInt(doc.id().substring(4));
                assertThat(doc.json()).isEqualTo(TestAnalyses.json(GeneratedCorpus.analysis(n)));
            });
            assertThat(ids).hasSize(count);

            // ingesting again completes the store without duplicating what survived
            IngestSummary again = new Ingester(store, GeneratedCorpus::analyse, TestAnalyses::json, 2)
                    .run(GeneratedCorpus.items(ARTICLES / 20), Ingester.Listener.NONE);
            int expectedNew = (int) Math.max(0, ARTICLES / 20 - count);
            assertThat(again.duplicates()).isEqualTo(ARTICLES / 20 - expectedNew);
            assertThat(store.count()).isEqualTo(Math.max(count, ARTICLES / 20));
        }
    }

    /** Polls the store read-only until at least {@code atLeast} articles are committed; returns the count seen. */
    private int waitForCommits(Process p, int atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        int seen = 0;
        while (System.nanoTime() < deadline && p.isAlive()) {
            try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
                seen = store.count();
                if (seen >= atLeast) return seen;
            } catch (RuntimeException notYetCreated) {
                // the child has not made its first commit yet
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the ingest process committed only " + seen + " articles in time (alive: " + p.isAlive() + ")");
    }
}
