package org.newsgraph.annotate.times;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What one expression resolved to. A time of day keeps its local date-time and its zone apart ({@code clock},
 * {@code zone}) because the zone may still be inferred from a neighbouring expression; {@code day} is the calendar
 * day it names, which later expressions ("that day", "20h00") may lean on.
 */
record Resolution(Optional<String> value, Optional<String> mod, Optional<LocalDate> day,
                  Optional<LocalDateTime> clock, Optional<ZoneId> zone) {

    static Resolution unresolved(Optional<String> mod) {
        return new Resolution(Optional.empty(), mod, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Resolution of(String value, Optional<String> mod) {
        return new Resolution(Optional.of(value), mod, Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Resolution ofDay(LocalDate day, Optional<String> mod) {
        return new Resolution(Optional.of(day.toString()), mod, Optional.of(day), Optional.empty(), Optional.empty());
    }
}
