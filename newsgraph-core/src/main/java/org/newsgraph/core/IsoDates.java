package org.newsgraph.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Checks of the publication dates users pass on the command line: an ISO date or an ISO date-time with offset. */
public final class IsoDates {
    private IsoDates() {
    }

    /** True for "2022-01-29" and "2022-01-29T20:00+06:00", false for anything else. */
    public static boolean isDateOrDateTime(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            try {
                OffsetDateTime.parse(s);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }
}
