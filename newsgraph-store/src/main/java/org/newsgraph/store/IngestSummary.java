package org.newsgraph.store;

import java.util.List;
import java.util.Map;

/**
 * What an ingest did: articles added, duplicates skipped (already stored, or seen twice in the input), failures
 * counted by reason with a few examples ({@code origin: reason}), and how long it took.
 */
public record IngestSummary(long ingested, long duplicates, long failed, Map<String, Long> failureReasons,
                            List<String> failureExamples, long elapsedNanos) {

    public double articlesPerSecond() {
        double s = elapsedNanos / 1e9;
        return s <= 0 ? 0 : (ingested + duplicates) / s;
    }

    /** "ingested 120, duplicates 3, failed 2 (unreadable JSON: 2) in 4.1 s (30 articles/s)". */
    public String line() {
        StringBuilder b = new StringBuilder();
        b.append("ingested ").append(ingested).append(", duplicates ").append(duplicates).append(", failed ").append(failed);
        if (!failureReasons.isEmpty()) {
            b.append(" (");
            int i = 0;
            for (var e : failureReasons.entrySet()) {
                if (i++ > 0) b.append("; ");
                b.append(e.getKey()).append(": ").append(e.getValue());
            }
            b.append(')');
        }
        b.append(String.format(java.util.Locale.ROOT, " in %.1f s (%.0f articles/s)", elapsedNanos / 1e9, articlesPerSecond()));
        return b.toString();
    }
}
