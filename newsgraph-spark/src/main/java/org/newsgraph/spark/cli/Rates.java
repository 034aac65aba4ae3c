package org.newsgraph.spark.cli;

import java.util.Locale;

/** A throughput worth printing: small runs (a handful of articles in Spark's start-up seconds) read "0/s" otherwise. */
final class Rates {
    private Rates() {
    }

    /** " (12 articles/s)", " (0.4 articles/s)", or nothing when there was nothing to count. */
    static String perSecond(long count, double seconds, String unit) {
        if (count <= 0 || seconds <= 0) return "";
        double rate = count / seconds;
        return String.format(Locale.ROOT, rate >= 10 ? " (%.0f %s/s)" : " (%.1f %s/s)", rate, unit);
    }
}
