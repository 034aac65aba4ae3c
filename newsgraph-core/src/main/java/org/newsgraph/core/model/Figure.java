package org.newsgraph.core.model;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A number of people affected, as reported: its value (and {@code max} for a range), whether it is approximate,
 * which side a bound is on, what it counts, who the text credits it to, the index of the figure it is part of, and
 * whether the text reports it only as denied ("the ministry denied reports that 160 died"), and the place (an
 * entity id) and date (ISO) its sentence says it is about, when it says.
 */
public record Figure(double value, OptionalDouble max, boolean approximate, Optional<Bound> bound, Measure measure,
                     String text, int start, int end, Optional<Reference> source, OptionalInt partOf,
                     Optional<Denial> denial, Optional<String> place, Optional<String> date) {

    /** Which side of the true value a bound lies on. */
    public enum Bound { AT_LEAST, AT_MOST }

    /**
     * The figure is reported only to be denied; {@code by} is who denies it (never its source), when the text
     * names them.
     */
    public record Denial(Optional<Reference> by) {
    }

    /** A figure reported as such, not denied, with no place or date. */
    public Figure(double value, OptionalDouble max, boolean approximate, Optional<Bound> bound, Measure measure,
                  String text, int start, int end, Optional<Reference> source, OptionalInt partOf) {
        this(value, max, approximate, bound, measure, text, start, end, source, partOf, Optional.empty());
    }

    /** A figure with no place or date. */
    public Figure(double value, OptionalDouble max, boolean approximate, Optional<Bound> bound, Measure measure,
                  String text, int start, int end, Optional<Reference> source, OptionalInt partOf,
                  Optional<Denial> denial) {
        this(value, max, approximate, bound, measure, text, start, end, source, partOf, denial, Optional.empty(),
                Optional.empty());
    }

    public boolean denied() {
        return denial.isPresent();
    }

    public Figure withPartOf(int index) {
        return withPartOf(OptionalInt.of(index));
    }

    public Figure withPartOf(OptionalInt index) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, source, index, denial, place, date);
    }

    public Figure withSource(Reference ref) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, Optional.ofNullable(ref), partOf,
                denial, place, date);
    }

    public Figure withDenial(Optional<Denial> d) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, source, partOf, d, place, date);
    }

    /** With the place (entity id) and date (ISO) the figure is about. */
    public Figure withSetting(Optional<String> newPlace, Optional<String> newDate) {
        return new Figure(value, max, approximate, bound, measure, text, start, end, source, partOf, denial, newPlace,
                newDate);
    }
}
