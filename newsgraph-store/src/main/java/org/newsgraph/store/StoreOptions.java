package org.newsgraph.store;

/**
 * How often a writable store commits: after {@code batchSize} articles, or when {@code commitEveryMillis} have
 * passed since the last commit, whichever comes first. A killed ingest loses at most that batch.
 */
public record StoreOptions(int batchSize, long commitEveryMillis) {

    public StoreOptions {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
        if (commitEveryMillis < 1) throw new IllegalArgumentException("commitEveryMillis must be at least 1");
    }

    public static StoreOptions defaults() {
        return new StoreOptions(500, 10_000);
    }
}
