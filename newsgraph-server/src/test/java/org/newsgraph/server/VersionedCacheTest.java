package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {
    private final List<String> computed = new ArrayList<>();

    private String compute(String key) {
        computed.add(key);
        return key.toUpperCase();
    }

    @Test
    void aValueIsComputedOncePerStoreVersion() {
        VersionedCache<String, String> cache = new VersionedCache<>(10);
        assertThat(cache.get(1, "a", this::compute)).isEqualTo("A");
        assertThat(cache.get(1, "a", this::compute)).isEqualTo("A");
        assertThat(computed).containsExactly("a");
        cache.get(2, "a", this::compute);
        assertThat(computed).containsExactly("a", "a");
    }

    @Test
    void aValueComputedOnAnOlderVersionDoesNotEvictTheNewerOnes() {
        VersionedCache<String, String> cache = new VersionedCache<>(10);
        cache.get(5, "new", this::compute);
        cache.get(4, "old", this::compute);
        cache.get(5, "new", this::compute);
        cache.get(5, "old", this::compute);
        assertThat(computed).containsExactly("new", "old", "old");
    }

    @Test
    void theLeastRecentlyUsedKeyIsDroppedBeyondTheCapacity() {
        VersionedCache<String, String> cache = new VersionedCache<>(2);
        cache.get(1, "a", this::compute);
        cache.get(1, "b", this::compute);
        cache.get(1, "a", this::compute);
        cache.get(1, "c", this::compute);   // drops b, used least recently
        cache.get(1, "a", this::compute);
        cache.get(1, "b", this::compute);
        assertThat(computed).containsExactly("a", "b", "c", "b");
    }
}
