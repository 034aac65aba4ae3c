package org.newsgraph.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A number of people affected, as reported: its value (and {@code max} for a range), whether it is approximate,
 * which side a bound is on, what it counts, who the text credits it to, the index of the figure it is part of, and
 * whether the text reports it only as denied ("the ministry denied reports that 160 died").
 */
public record Figure(double value, OptionalDouble max, boolean approximate, Optional<Bound> bound, Measure measure,
                     String text, int start, int end, Optional<Reference> source, OptionalInt partOf,
                     Optional<Denial> denial) {

    /** Which side of the true value a bound lies on. */
    public enum Bound { AT_LEAST, AT_MOST }

    /**
     * The figure is reported only to be denied; {@code by} is who denies it (never its source), when the text
     * names them.
     */
    public record Denial(Optional<Reference> by) {
    }

    /** A figure reported as such, not denied. */
    public Figure(double value, OptionalDouble max, boolean approximate, Optional<Bound> bound, Measure measure,
                  String text, int start, int end, Optional<Reference> source, OptionalInt partOf) {
        this(value, max, approximate, bound, measure, text, start, end, source, partOf, Optional.empty());
    }

    public boolean denied() {
        return denial.isPresent();
    }

    public Figure withPartOf(int index) {
        return withPartOf(OptionalInt.of(index));
    }

    public Figure withPartOf(OptionalInt index) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, source, index, denial);
    }

    public Figure withSource(Reference ref) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, Optional.ofNullable(ref), partOf,
                denial);
    }

    public Figure withDenial(Optional<Denial> d) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, source, partOf, d);
    }
}
