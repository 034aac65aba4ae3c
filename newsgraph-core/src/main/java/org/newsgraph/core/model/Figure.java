package org.newsgraph.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A number of people affected, as reported: its value (and {@code max} for a range), whether it is approximate,
 * which side a bound is on, what it counts, who the text credits it to, and the index of the figure it is part of.
 */
public record Figure(double value, OptionalDouble max, boolean approximate, Optional<Bound> bound, Measure measure,
                     String text, int start, int end, Optional<Reference> source, OptionalInt partOf) {

    /** Which side of the true value a bound lies on. */
    public enum Bound { AT_LEAST, AT_MOST }

    public Figure withPartOf(int index) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, source, OptionalInt.of(index));
    }

    public Figure withSource(Reference ref) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, Optional.ofNullable(ref), partOf);
    }
}
