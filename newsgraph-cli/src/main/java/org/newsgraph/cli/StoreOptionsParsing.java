package org.newsgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import org.newsgraph.core.model.Measure;

/** Parsing of the options shared by {@code search} and {@code compare}, with messages that say what to write. */
final class StoreOptionsParsing {
    private StoreOptionsParsing() {
    }

    static Optional<Measure> measure(String name) {
        if (name == null) return Optional.empty();
        Measure m = Measure.fromJson(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (m == Measure.OTHER && !name.strip().equalsIgnoreCase("other")) {
            throw new IllegalArgumentException("unknown --measure '" + name + "': use one of "
                    + Arrays.stream(Measure.values()).map(Measure::jsonName).toList());
        }
        return Optional.of(m);
    }

    static LocalDate date(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " '" + value + "' is not an ISO date: write it like 2022-01-29");
        }
    }
}
