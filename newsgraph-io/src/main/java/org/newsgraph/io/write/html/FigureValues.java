package org.newsgraph.io.write.html;

import java.util.Locale;
import org.newsgraph.core.model.Figure;

/** A figure's value as people read it: "~2,000", "at least 40", "40–50". */
public final class FigureValues {
    private FigureValues() {
    }

    public static String format(Figure f) {
        return format(f.value(), f.max().isPresent() ? f.max().getAsDouble() : Double.NaN, f.approximate(),
                f.bound().map(b -> b == Figure.Bound.AT_LEAST ? "at least " : "at most ").orElse(""));
    }

    /** {@code max} is NaN when the value is not a range; {@code boundWords} is "" or "at least " / "at most ". */
    public static String format(double value, double max, boolean approximate, String boundWords) {
        String v = boundWords + (approximate && boundWords.isEmpty() && Double.isNaN(max) ? "~" : "") + number(value);
        return Double.isNaN(max) ? v : v + "–" + number(max);
    }

    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }
}
