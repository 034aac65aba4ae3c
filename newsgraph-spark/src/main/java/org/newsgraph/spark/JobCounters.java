package org.newsgraph.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * What an analysis job counts on the executors, read on the driver once the job has run: articles analysed,
 * inputs that failed, and the first few failure reasons of each task (a corpus with a million bad lines must not
 * ship a million messages to the driver).
 */
public final class JobCounters implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Failure reasons kept per task. */
    static final int REASONS_PER_TASK = 20;

    private final LongAccumulator analysed;
    private final LongAccumulator failed;
    private final CollectionAccumulator<String> reasons;

    private JobCounters(LongAccumulator analysed, LongAccumulator failed, CollectionAccumulator<String> reasons) {
        this.analysed = analysed;
        this.failed = failed;
        this.reasons = reasons;
    }

    static JobCounters register(SparkContext sc) {
        return new JobCounters(sc.longAccumulator("articles analysed"), sc.longAccumulator("inputs failed"),
                sc.collectionAccumulator("failure reasons"));
    }

    void analysed() {
        analysed.add(1);
    }

    /** Counts a failure; keeps its reason while the task has kept fewer than {@link #REASONS_PER_TASK}. */
    void failed(String reason, boolean keepReason) {
        failed.add(1);
        if (keepReason) reasons.add(reason);
    }

    public long analysedCount() {
        return analysed.value();
    }

    public long failedCount() {
        return failed.value();
    }

    public List<String> someReasons() {
        return List.copyOf(reasons.value());
    }
}
