package org.newsgraph.store;

import java.nio.file.Path;

/**
 * A separate JVM that ingests the generated corpus slowly, for {@link IngestKillTest} to kill midway.
 * Arguments: store directory, number of articles, batch size.
 */
public final class KillableIngest {
    private KillableIngest() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (CorpusStore store = CorpusStore.open(dir, new StoreOptions(batch, 60_000))) {
            new Ingester(store, a -> {
                try {
                    Thread.sleep(2);    // an analysis takes time: the kill lands between commits
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return GeneratedCorpus.analyse(a);
            }, TestAnalyses::json, 2).run(GeneratedCorpus.items(count), Ingester.Listener.NONE);
        }
    }
}
