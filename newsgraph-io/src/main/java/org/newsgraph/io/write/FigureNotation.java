package org.newsgraph.io.write;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.newsgraph.core.model.Figure;

/**
 * The one way figures are written for readers, in the analysis summary and in {@code compare}: {@code 225} exact,
 * {@code ~600} approximate ("close to", "environ", "около"), {@code ≥7} a lower bound ("at least", "more than",
 * "au moins", "более"), {@code <50} an upper bound ("fewer than", "moins de", "менее"), {@code 100–300} a range;
 * thousands grouped with commas.
 */
public final class FigureNotation {
    private FigureNotation() {
    }

    public static String of(Figure f) {
        return of(f.value(), f.max(), f.approximate(), f.bound());
    }

    public static String of(double value, OptionalDouble max, boolean approximate, Optional<Figure.Bound> bound) {
        String v = number(value);
        if (max.isPresent() && max.getAsDouble() != value) return v + "–" + number(max.getAsDouble());
        if (bound.isPresent()) return (bound.get() == Figure.Bound.AT_LEAST ? "≥" : "<") + v;
        return approximate ? "~" + v : v;
    }

    /** "4,578", "1.5" */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }
}
