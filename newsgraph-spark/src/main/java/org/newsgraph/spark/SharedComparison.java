package org.newsgraph.spark;

import org.newsgraph.facts.FactComparison;

/** The comparison rules of {@code newsgraph-facts} with the language packs' cue words, loaded once per JVM. */
final class SharedComparison {
    private SharedComparison() {
    }

    private static final class Holder {
        static final FactComparison COMPARISON = FactComparison.standard();
    }

    static FactComparison get() {
        return Holder.COMPARISON;
    }
}
