package org.newsgraph.spark;

import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Pipeline;

/**
 * The standard pipeline, built once per JVM on first use and shared by every task of an executor: annotators are
 * stateless and thread-safe once built, and building loads every lexicon, which must not happen per partition.
 */
public final class SharedPipeline {
    private SharedPipeline() {
    }

    /** Initialisation-on-demand holder: built by the first task that needs it, safely published to the others. */
    private static final class Holder {
        static final Pipeline PIPELINE = StandardPipeline.create();
    }

    public static Pipeline get() {
        return Holder.PIPELINE;
    }
}
