package org.newsgraph.spark.cli;

import java.util.Locale;

/** A throughput worth printing: small runs (a handful of articles in Spark's start-up seconds) read "0/s" otherwise. */
final class Rates {
    private Rates() {
    }

    /** " (120 articles/s)", " (2.5 articles/s)", " (26.4 s per article)", or nothing when there was nothing to count. */
    static String perSecond(long count, double seconds, String unit) {
        if (count <= 0 || seconds <= 0) return "";
        double rate = count / seconds;
        if (rate >= 10) return String.format(Locale.ROOT, " (%.0f %s/s)", rate, unit);
        if (rate >= 1) return String.format(Locale.ROOT, " (%.1f %s/s)", rate, unit);
        String one = unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
        return String.format(Locale.ROOT, " (%.1f s per %s)", seconds / count, one);
    }
}
