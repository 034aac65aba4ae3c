package org.newsgraph.cli.eval;

/** Counts of one layer: true/false positives, false negatives, and the attribute checks on matched items. */
final class Tally {
    int tp;
    int fp;
    int fn;
    int attrOk;
    int attrN;

    /** Sets the counts from a one-to-one matching of {@code gold} and {@code predicted} items. */
    void matched(int matches, int gold, int predicted) {
        tp = matches;
        fp = predicted - matches;
        fn = gold - matches;
    }

    void add(Tally o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
        attrOk += o.attrOk;
        attrN += o.attrN;
    }

    double precision() {
        return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The share of matched items whose attribute (speaker, source, value) is right; null when none matched. */
    Double attribute() {
        return attrN == 0 ? null : (double) attrOk / attrN;
    }

    int gold() {
        return tp + fn;
    }

    int predicted() {
        return tp + fp;
    }
}
