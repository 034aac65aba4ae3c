package org.newsgraph.annotate.times;

/**
 * What one matched expression says, field by field, before it is resolved against the article: the grammar fills
 * it from the categories of the words it matched; the first word to fill a field wins ("la nuit de lundi à mardi"
 * keeps Monday). Unset numbers are {@link #UNSET}. Mutable, confined to one match.
 */
final class TimeFrame {
    static final int UNSET = Integer.MIN_VALUE;

    int year = UNSET;
    int twoDigitYear = UNSET;
    int month = UNSET;
    int day = UNSET;
    int weekday = UNSET;
    int relativeDays = UNSET;
    int direction = UNSET;
    int count = UNSET;
    int ordinal = UNSET;
    int hour = UNSET;
    int minute = UNSET;
    int offsetHours = UNSET;
    int offsetSign = 1;
    int anaphor = UNSET;
    String unit;
    String mod;
    String dayPart;
    String meridiem;
    String zone;
    boolean ago;
    boolean ahead;
    boolean now;
    boolean blocked;

    /** Records one matched word or number under its category; unknown categories carry no meaning. */
    void set(String category, String value, int number) {
        switch (category) {
            case "DAY" -> day = first(day, number);
            case "MONTHNUM" -> month = first(month, number);
            case "YEAR", "MODERNYEAR" -> year = first(year, number);
            case "YY" -> twoDigitYear = first(twoDigitYear, number);
            case "HOUR" -> hour = first(hour, number);
            case "MIN" -> minute = first(minute, number);
            case "NUM" -> count = first(count, number);
            case "OFFSET" -> offsetHours = first(offsetHours, number);
            case "SIGN" -> offsetSign = value.equals("-") ? -1 : 1;
            case "MONTH", "MONTHABBR" -> month = first(month, parse(value));
            case "WEEKDAY" -> weekday = first(weekday, parse(value));
            case "RELDAY" -> relativeDays = first(relativeDays, parse(value));
            case "DIR" -> direction = first(direction, parse(value));
            case "COUNT" -> count = first(count, parse(value));
            case "ORD" -> ordinal = first(ordinal, parse(value));
            case "ANAPHOR" -> anaphor = first(anaphor, parse(value));
            case "HOLIDAY" -> {
                String[] md = value.split("-");
                month = first(month, parse(md[0]));
                day = first(day, parse(md[1]));
            }
            case "CLOCKWORD" -> {
                String[] hm = value.split(":");
                hour = first(hour, parse(hm[0]));
                minute = first(minute, parse(hm[1]));
            }
            case "UNIT" -> unit = unit == null ? value : unit;
            case "QUARTER" -> unit = unit == null ? "quarter" : unit;
            case "WEEKEND" -> unit = unit == null ? "weekend" : unit;
            case "PART", "MOD" -> mod = mod == null ? value : mod;
            case "DAYPART", "DAYPART_ADV" -> dayPart = dayPart == null ? value : dayPart;
            case "AMPM" -> meridiem = meridiem == null ? value : meridiem;
            case "ZONE" -> zone = zone == null ? value : zone;
            case "AGO" -> ago = true;
            case "AHEAD" -> ahead = true;
            case "NOW" -> now = true;
            case "EVERY" -> blocked = true;
            default -> {
                // words that only shape the pattern (year words, ordinal suffixes, prepositions)
            }
        }
    }

    boolean has(int field) {
        return field != UNSET;
    }

    private static int first(int current, int candidate) {
        return current == UNSET ? candidate : current;
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value.strip().replace("+", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time vocabulary value '" + value + "' must be an integer");
        }
    }
}
