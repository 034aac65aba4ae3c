package org.newsgraph.annotate.times;

/**
 * What one matched expression says, field by field, before it is resolved against the article: the grammar fills
 * it from the categories of the words it matched; the first word to fill a field wins. A range or a night
 * ("du 15 au 17 mars", "la nuit de lundi à mardi") puts its second time in {@link #end()}. Unset numbers are
 * {@link #UNSET}. Mutable, confined to one match.
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
    /** Set by a word the vocabulary marks anaphoric: counted from the day the text is talking about. */
    boolean anaphoric;
    /** Set by a comparative word ("year-earlier"): it shifts the period the text is about, however far back named. */
    boolean comparative;
    private TimeFrame end;

    /** The second time of a range or night, made on first use. */
    TimeFrame end() {
        if (end == null) end = new TimeFrame();
        return end;
    }

    boolean hasEnd() {
        return end != null;
    }

    /**
     * A range's start written short ("du 15 au 17 mars": 15) takes the month and year its end names; a start day
     * after the end day lies in the month before ("du 29 au 2 juillet").
     */
    /** A range's end written short ("January 4-7": 7) takes the month and year of its start. */
    void completeEndFrom(TimeFrame s) {
        if (!has(month) && has(day) && s.has(s.month)) {
            boolean monthAfter = s.has(s.day) && day < s.day;
            month = monthAfter ? (s.month == 12 ? 1 : s.month + 1) : s.month;
            if (!has(year) && s.has(s.year)) year = month < s.month ? s.year + 1 : s.year;
        }
    }

    void completeFrom(TimeFrame e) {
        if (!has(month) && has(day) && e.has(e.month)) {
            boolean monthBefore = e.has(e.day) && day > e.day;
            month = monthBefore ? (e.month == 1 ? 12 : e.month - 1) : e.month;
        }
        if (has(month) && !has(year) && !has(twoDigitYear) && e.has(e.year)) {
            year = e.has(e.month) && month > e.month ? e.year - 1 : e.year;
        }
    }

    /** Records one matched word or number under its category; unknown categories carry no meaning. */
    void set(String category, String value, int number) {
        switch (category) {
            case "DAY" -> day = first(day, number);
            case "MONTHNUM" -> month = first(month, number);
            case "YEAR", "MODERNYEAR" -> year = first(year, number);
            case "YY" -> twoDigitYear = first(twoDigitYear, number);
            case "HOUR" -> hour = first(hour, number);
            case "HHMM" -> {
                hour = first(hour, number / 100);
                minute = first(minute, number % 100);
            }
            case "MIN" -> minute = first(minute, number);
            case "NUM" -> count = first(count, number);
            case "OFFSET" -> offsetHours = first(offsetHours, number);
            case "SIGN" -> offsetSign = value.equals("-") ? -1 : 1;
            case "MONTH", "MONTHABBR" -> month = first(month, parse(value));
            case "WEEKDAY" -> weekday = first(weekday, parse(value));
            case "RELDAY" -> relativeDays = first(relativeDays, parse(value));
            case "DIR" -> direction = first(direction, parse(value));
            // "the year ended March 31": a period closed on that date lies behind the publication
            case "ENDED" -> direction = first(direction, -1);
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
            case "SHIFT" -> {
                // one word for a count, a unit and a direction: "year-earlier" is "-1 year"
                String[] nu = value.strip().split("\\s+");
                if (nu.length != 2) throw new IllegalArgumentException("time vocabulary value '" + value + "' must be a count and a unit");
                int n = parse(nu[0]);
                count = first(count, Math.abs(n));
                unit = unit == null ? nu[1] : unit;
                if (n < 0) ago = true;
                else ahead = true;
                comparative = true;
            }
            case "QUARTER" -> unit = unit == null ? "quarter" : unit;
            case "WEEKEND" -> unit = unit == null ? "weekend" : unit;
            case "PART", "MOD" -> mod = mod == null ? value : mod;
            case "DAYPART", "DAYPART_ADV" -> dayPart = dayPart == null ? value : dayPart;
            case "AMPM" -> meridiem = meridiem == null ? value : meridiem;
            case "ZONE" -> zone = zone == null ? value : zone;
            case "AGO", "EARLIER" -> ago = true;
            case "AHEAD", "LATER" -> ahead = true;
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
