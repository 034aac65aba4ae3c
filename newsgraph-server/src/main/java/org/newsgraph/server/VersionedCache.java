package org.newsgraph.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Values derived from the whole store (fact groups, rendered article pages) kept while the store's version stays
 * the same: a newer version (an ingest committed; versions only grow) empties the cache. At most {@code capacity} entries, the least
 * recently used dropped first, so user-chosen keys cannot grow it. A value is computed outside the lock: two
 * requests missing the same key may both compute it, but a slow computation never blocks other keys.
 */
final class VersionedCache<K, V> {
    private final int capacity;
    private final Map<K, V> entries;
    private long version = Long.MIN_VALUE;

    VersionedCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > VersionedCache.this.capacity;
            }
        };
    }

    /** The value of {@code key} at {@code storeVersion}, computed by {@code compute} when not cached. */
    V get(long storeVersion, K key, Function<K, V> compute) {
        synchronized (this) {
            if (storeVersion == version) {
                V v = entries.get(key);
                if (v != null) return v;
            }
        }
        V v = compute.apply(key);
        synchronized (this) {
            if (storeVersion < version) return v;   // computed on a store a newer request has already seen change
            if (storeVersion > version) {
                entries.clear();
                version = storeVersion;
            }
            entries.put(key, v);
        }
        return v;
    }
}
