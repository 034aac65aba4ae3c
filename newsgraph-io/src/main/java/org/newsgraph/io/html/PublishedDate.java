package org.newsgraph.io.html;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises a publication date found in page metadata to ISO-8601: ISO-like values keep their time and offset
 * ("2020-03-03 09:05:00+0100" → "2020-03-03T09:05:00+01:00"); machine formats with English month abbreviations
 * (RFC 1123, "Mar 3, 2020") give the date alone. Placeholders and implausible years are refused, so the caller
 * can try the next source.
 */
final class PublishedDate {
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    private PublishedDate() {
    }

    /** The ISO form of {@code raw}, or empty when it is no plausible publication date. */
    static Optional<String> normalise(String raw) {
        String s = raw.strip();
        Matcher iso = ISO.matcher(s);
        if (iso.find()) return fromIso(iso);
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.find()) return date(dmy.group(3), dmy.group(2), dmy.group(1));
        Matcher mdy = MONTH_DAY_YEAR.matcher(s);
        if (mdy.find()) return date(mdy.group(3), mdy.group(1), mdy.group(2));
        return Optional.empty();
    }

    private static Optional<String> fromIso(Matcher m) {
        String day = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        if (!plausible(day)) return Optional.empty();
        if (m.group(4) == null) return Optional.of(day);
        String time = day + "T" + m.group(4);
        String offset = m.group(5);
        try {
            if (offset == null) {
                LocalDateTime.parse(time);
                return Optional.of(time);
            }
            String normalisedOffset = offset.equals("Z") || offset.contains(":") ? offset
                    : offset.substring(0, 3) + ":" + offset.substring(3);
            OffsetDateTime.parse(time + normalisedOffset);
            return Optional.of(time + normalisedOffset);
        } catch (DateTimeParseException e) {
            return Optional.of(day);
        }
    }

    private static Optional<String> date(String year, String monthName, String dayOfMonth) {
        Integer month = MONTHS.get(monthName.substring(0, 3).toLowerCase(Locale.ROOT));
        if (month == null) return Optional.empty();
        try {
            String day = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(dayOfMonth)).toString();
            return plausible(day) ? Optional.of(day) : Optional.empty();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean plausible(String isoDay) {
        try {
            int year = LocalDate.parse(isoDay).getYear();
            return year >= MIN_YEAR && year <= MAX_YEAR;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
