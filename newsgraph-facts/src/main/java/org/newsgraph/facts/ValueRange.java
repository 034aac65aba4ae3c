package org.newsgraph.facts;

import org.newsgraph.core.model.Figure;

/**
 * The interval of true values a reported figure allows: an exact count is a point, a range its ends, an
 * approximate count a band around it, an open bound ("at least 164") a band on its side. Two reports are
 * compatible when their intervals meet.
 */
record ValueRange(double low, double high) {

    static ValueRange of(Report r, FactOptions o) {
        double v = r.value();
        if (r.max().isPresent()) return new ValueRange(v, Math.max(v, r.max().getAsDouble()));
        if (r.bound().isPresent()) {
            return r.bound().get() == Figure.Bound.AT_LEAST
                    ? new ValueRange(v, v * (1 + o.boundSpan()))
                    : new ValueRange(v * (1 - o.boundSpan()), v);
        }
        if (r.approximate()) return new ValueRange(v * (1 - o.approxTolerance()), v * (1 + o.approxTolerance()));
        return new ValueRange(v, v);
    }

    boolean meets(ValueRange other) {
        return low <= other.high && other.low <= high;
    }
}
