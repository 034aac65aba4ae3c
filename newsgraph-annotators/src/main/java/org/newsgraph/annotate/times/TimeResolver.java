package org.newsgraph.annotate.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a {@link TimeFrame} into a TIMEX3-style value against the document's time frame at that point
 * ({@link Context}): deictic words ("hier", "yesterday", "вчера") count from the publication date, anaphoric ones
 * ("la veille", "three days later", "накануне") from the day the text is talking about, and dates written without
 * their year take the year the narrative establishes. Knows no language: only the frame's fields. Anything relative
 * without an anchor stays unresolved rather than guessed.
 */
final class TimeResolver {
    private TimeResolver() {
    }

    /**
     * What the resolver may lean on besides the frame: the document's time frame at this point.
     *
     * @param anchor        the publication day (deictic words count from it)
     * @param anchorMonth   the publication month, also when only the month is known
     * @param reference     the day the text is talking about (anaphoric words count from it)
     * @param narrativeYear the year the narrative establishes for dates written without one, when it overrides the
     *                      publication (no publication date, a retrospective text, a year named earlier in the
     *                      sentence)
     * @param focus         the quarter or month the text is about ("1989-Q3"), which "a year earlier" shifts
     * @param focusNear     whether that period was named in this sentence or the one before
     * @param namedDays     weekdays the text pins to a date ("samedi 29 mai" makes a later "samedi" that day)
     * @param future        a future marker stands before the expression in its clause
     */
    record Context(Optional<LocalDate> anchor, Optional<YearMonth> anchorMonth, Optional<LocalDate> reference,
                   Optional<Integer> narrativeYear, Optional<String> focus, boolean focusNear,
                   Map<DayOfWeek, LocalDate> namedDays, boolean future) {

        /** A context with a publication day and the last day named only. */
        Context(Optional<LocalDate> anchor, Optional<LocalDate> reference, boolean future) {
            this(anchor, anchor.map(YearMonth::from), reference, Optional.empty(), Optional.empty(), false, Map.of(), future);
        }

        Optional<LocalDate> referenceOrAnchor() {
            return reference.isPresent() ? reference : anchor;
        }

        /** A day standing for the publication month, for rules that need no finer anchor (months, years). */
        Optional<LocalDate> monthAnchor() {
            return anchor.isPresent() ? anchor : anchorMonth.map(m -> m.atDay(Math.min(15, m.lengthOfMonth())));
        }

        /** The same point of view counted from the day the text is talking about. */
        Context anaphoric() {
            Optional<LocalDate> base = referenceOrAnchor();
            if (base.isEmpty()) return this;
            return new Context(base, base.map(YearMonth::from), reference, narrativeYear, focus, focusNear, Map.of(), future);
        }
    }

    static Resolution resolve(TimeFrame f, Context ctx) {
        Optional<Resolution> shifted = shiftedFocus(f, ctx);
        if (shifted.isPresent()) return shifted.get();
        return resolveFrame(f, f.anaphoric ? ctx.anaphoric() : ctx);
    }

    /**
     * The end of a range or night, counted from its resolved start: the first such day on or after it ("du lundi au
     * mercredi", "nuit du 29 au 30 juin", "nuit de jeudi à vendredi").
     */
    static Resolution resolveEnd(TimeFrame end, Resolution start, Context ctx) {
        if (start.day().isEmpty()) return resolve(end, ctx);
        Optional<LocalDate> s = start.day();
        Context fromStart = new Context(s, s.map(YearMonth::from), s, Optional.empty(), Optional.empty(), false, Map.of(), true);
        return resolve(end, fromStart);
    }

    /**
     * "A year earlier" or "a year ago" after a quarter or a month its sentence is about ("third-quarter profit fell
     * from a year earlier") compares periods: it is that period a year before, not the year.
     */
    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");
    private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

    private static Optional<Resolution> shiftedFocus(TimeFrame f, Context ctx) {
        if (!"year".equals(f.unit) || !f.has(f.count) || !(f.ago || f.ahead) || ctx.focus().isEmpty()
                || !(ctx.focusNear() || f.comparative)) return Optional.empty();
        String focus = ctx.focus().get();
        int n = f.ago ? -f.count : f.count;
        Optional<String> mod = Optional.ofNullable(f.mod);
        if (QUARTER.matcher(focus).matches()) {
            return Optional.of(Resolution.of((Integer.parseInt(focus.substring(0, 4)) + n) + focus.substring(4), mod));
        }
        if (MONTH.matcher(focus).matches()) {
            return Optional.of(Resolution.of(IsoNumbers.padded(Integer.parseInt(focus.substring(0, 4)) + n, 4) + focus.substring(4), mod));
        }
        return Optional.empty();
    }

    private static Resolution resolveFrame(TimeFrame f, Context ctx) {
        Optional<String> mod = Optional.ofNullable(f.mod);
        if ((f.ago || f.ahead) && f.unit != null && !f.has(f.count) && !f.unit.endsWith("s")) {
            // "через неделю", "a week later": one unit
            f.count = 1;
        }
        if (f.unit != null && f.unit.endsWith("s")) {
            // "three days ago" counts days; "the coming weeks", "ces derniers jours" name no one period
            if (!f.has(f.count)) return Resolution.unresolved(mod);
            f.unit = f.unit.substring(0, f.unit.length() - 1);
        }
        if (f.mod != null && f.unit != null && !f.has(f.direction) && !f.has(f.count) && !f.has(f.ordinal)
                && !f.has(f.month)) {
            // "la fin de l'année", "the end of the month": the current one
            f.direction = 0;
        }
        if (f.now) return Resolution.unresolved(mod);
        if (f.has(f.hour)) return clock(f, ctx, mod);
        if (f.has(f.relativeDays) && f.relativeDays == 0 && ctx.anchor().isEmpty() && ctx.anchorMonth().isPresent()) {
            // "today" in an article known to its month only: the month is what can be given
            return Resolution.of(month(ctx.anchorMonth().get().atDay(1)), mod);
        }
        Optional<LocalDate> day = day(f, ctx);
        if (day.isPresent()) return Resolution.ofDay(day.get(), mod);
        // a day of a month that could not be placed (no anchor, or "31 February") is not a month either
        if (f.has(f.day) && f.has(f.month)) return Resolution.unresolved(mod);
        if (f.dayPart != null && !hasCalendarField(f)) {
            // "this morning", "tonight", "поздно вечером": the day in focus
            Optional<LocalDate> base = f.has(f.direction) ? ctx.anchor().map(a -> a.plusDays(f.direction))
                    : ctx.referenceOrAnchor();
            return base.map(d -> Resolution.ofDay(d, mod)).orElseGet(() -> Resolution.unresolved(mod));
        }
        return coarse(f, ctx, mod);
    }

    private static boolean hasCalendarField(TimeFrame f) {
        return f.has(f.month) || f.has(f.year) || f.has(f.twoDigitYear) || f.unit != null;
    }

    /** A calendar day, when the frame names one. */
    private static Optional<LocalDate> day(TimeFrame f, Context ctx) {
        Optional<LocalDate> anchor = ctx.anchor();
        if (f.has(f.anaphor)) return ctx.referenceOrAnchor().map(d -> d.plusDays(f.anaphor));
        if (f.has(f.relativeDays)) return anchor.map(a -> a.plusDays(f.relativeDays));
        if (f.has(f.day) && f.has(f.month)) {
            Optional<Integer> year = year(f, ctx.monthAnchor());
            if (year.isEmpty() && !f.has(f.direction)) year = ctx.narrativeYear();
            if (year.isPresent()) return safeDate(year.get(), f.month, f.day);
            return ctx.monthAnchor().flatMap(a -> closestYear(a, f.month, f.day, f.has(f.direction) ? f.direction : 0));
        }
        if (f.has(f.weekday) && !f.has(f.day) && !f.has(f.month) && f.unit == null) {
            DayOfWeek dow = DayOfWeek.of(f.weekday);
            LocalDate named = f.has(f.direction) ? null : ctx.namedDays().get(dow);
            // a day the text pinned wins, unless the text looks ahead and that day is already past
            if (named != null && !(ctx.future() && anchor.isPresent() && named.isBefore(anchor.get()))) return Optional.of(named);
            // without a publication day, the weekday nearest the day the narrative is at
            Optional<LocalDate> base = anchor.isPresent() ? anchor : ctx.reference();
            return base.map(a -> weekday(a, dow, f.has(f.direction) ? f.direction : 0, ctx.future()));
        }
        if (f.has(f.count) && "day".equals(f.unit) && (f.ago || f.ahead)) {
            return anchor.map(a -> a.plusDays(f.ago ? -f.count : f.count));
        }
        if ("day".equals(f.unit) && f.has(f.direction) && !f.has(f.count)) {
            return anchor.map(a -> a.plusDays(f.direction));
        }
        return Optional.empty();
    }

    /**
     * Months, weeks, quarters, years and "N units ago". Weeks and weekends need the publication day; months,
     * quarters and years only its month.
     */
    private static Resolution coarse(TimeFrame f, Context ctx, Optional<String> mod) {
        Optional<LocalDate> day = ctx.anchor();
        Optional<LocalDate> anchor = ctx.monthAnchor();
        Optional<Integer> explicitYear = year(f, anchor);
        if (f.has(f.count) && f.unit != null && (f.ago || f.ahead)) {
            if (anchor.isEmpty() || (f.unit.equals("week") && day.isEmpty())) return Resolution.unresolved(mod);
            int n = f.ago ? -f.count : f.count;
            LocalDate a = anchor.get();
            return switch (f.unit) {
                case "week" -> Resolution.of(week(a.plusWeeks(n)), mod);
                case "month" -> Resolution.of(month(a.plusMonths(n)), mod);
                case "year" -> Resolution.of(Integer.toString(a.getYear() + n), mod);
                case "decade" -> Resolution.of(Integer.toString(a.getYear() + 10 * n), mod.or(() -> Optional.of("APPROX")));
                default -> Resolution.unresolved(mod);
            };
        }
        if (f.has(f.month)) {
            if (explicitYear.isEmpty() && !f.has(f.direction)) explicitYear = ctx.narrativeYear();
            if (explicitYear.isPresent()) return Resolution.of(IsoNumbers.yearAnd(explicitYear.get(), "-", f.month), mod);
            if (anchor.isEmpty()) return Resolution.unresolved(mod);
            LocalDate a = anchor.get();
            if ("year".equals(f.unit) && f.has(f.direction)) {
                return Resolution.of(IsoNumbers.yearAnd(a.getYear() + f.direction, "-", f.month), mod);
            }
            if (f.unit == null && f.has(f.direction) && f.direction == 0) {
                // "this September": the one of the current year, ahead or behind
                return Resolution.of(IsoNumbers.yearAnd(a.getYear(), "-", f.month), mod);
            }
            return Resolution.of(month(a, f.month, f.has(f.direction) ? f.direction : 0, ctx.future()), mod);
        }
        if ("weekend".equals(f.unit) && !f.has(f.count)) {
            return day.map(a -> Resolution.of(weekend(a, f.has(f.direction) ? f.direction : 0, ctx.future()), mod))
                    .orElseGet(() -> Resolution.unresolved(mod));
        }
        if ("quarter".equals(f.unit)) {
            if (f.has(f.ordinal) && f.ordinal >= 1 && f.ordinal <= 4) {
                Optional<Integer> y = explicitYear.or(() -> anchor.map(a -> a.getYear() + (f.has(f.direction) ? f.direction : 0)));
                return y.map(v -> Resolution.of(v + "-Q" + f.ordinal, mod)).orElseGet(() -> Resolution.unresolved(mod));
            }
            if (f.has(f.direction) && anchor.isPresent()) {
                LocalDate q = anchor.get().plusMonths(3L * f.direction);
                return Resolution.of(q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR), mod);
            }
            return Resolution.unresolved(mod);
        }
        if (f.unit != null && f.has(f.direction)) {
            if (anchor.isEmpty() || (f.unit.equals("week") && day.isEmpty())) return Resolution.unresolved(mod);
            LocalDate a = f.unit.equals("week") ? day.get() : anchor.get();
            int d = f.direction;
            if (d == 0 && ctx.future() && a.getDayOfWeek() == DayOfWeek.SUNDAY && f.unit.startsWith("week")) {
                // on a Sunday, "this week" looking ahead is the week that starts tomorrow
                d = 1;
            }
            return switch (f.unit) {
                case "week" -> Resolution.of(week(a.plusWeeks(d)), mod);
                case "month" -> Resolution.of(month(a.plusMonths(d)), mod);
                case "year" -> Resolution.of(Integer.toString(a.getYear() + d), mod);
                default -> Resolution.unresolved(mod);
            };
        }
        if (explicitYear.isPresent()) return Resolution.of(IsoNumbers.padded(explicitYear.get(), 4), mod);
        return Resolution.unresolved(mod);
    }

    private static Resolution clock(TimeFrame f, Context ctx, Optional<String> mod) {
        int hour = f.hour;
        int minute = f.has(f.minute) ? f.minute : 0;
        if ("pm".equals(f.meridiem) && hour < 12) hour += 12;
        if ("am".equals(f.meridiem) && hour == 12) hour = 0;
        if ("evening".equals(f.dayPart) && f.meridiem == null && hour >= 1 && hour < 12) hour += 12;
        if (hour == 24) hour = 0;
        if (hour > 23 || minute > 59) return Resolution.unresolved(mod);
        Optional<LocalDate> date = day(f, ctx).or(ctx::referenceOrAnchor);
        if (date.isEmpty()) return Resolution.unresolved(mod);
        LocalDateTime local = LocalDateTime.of(date.get(), LocalTime.of(hour, minute));
        Optional<ZoneId> zone = Optional.empty();
        if (f.zone != null) {
            zone = Zones.parse(f.zone);
        }
        if (f.has(f.offsetHours)) {
            ZoneId base = zone.orElse(java.time.ZoneOffset.UTC);
            int baseSeconds = base.getRules().getOffset(local).getTotalSeconds();
            zone = Optional.of(java.time.ZoneOffset.ofTotalSeconds(baseSeconds + f.offsetSign * f.offsetHours * 3600));
        }
        return new Resolution(Optional.of(Zones.format(local, zone)), mod, Optional.of(date.get()),
                Optional.of(local), zone);
    }

    private static Optional<Integer> year(TimeFrame f, Optional<LocalDate> anchor) {
        if (f.has(f.year)) return Optional.of(f.year);
        if (f.has(f.twoDigitYear)) {
            int base = anchor.map(LocalDate::getYear).orElse(2000);
            int candidate = base / 100 * 100 + f.twoDigitYear;
            if (candidate > base + 20) candidate -= 100;
            return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** The nearest weekday on or before the anchor, or on or after it when the text looks ahead. */
    static LocalDate weekday(LocalDate anchor, DayOfWeek dow, int direction, boolean future) {
        if (direction == 1) return anchor.with(TemporalAdjusters.next(dow));
        if (direction == -1) return anchor.with(TemporalAdjusters.previous(dow));
        return future ? anchor.with(TemporalAdjusters.nextOrSame(dow)) : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static Optional<LocalDate> closestYear(LocalDate anchor, int month, int day, int direction) {
        LocalDate best = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            Optional<LocalDate> d = safeDate(y, month, day);
            if (d.isEmpty()) continue;
            LocalDate c = d.get();
            if (direction == -1 && !c.isBefore(anchor)) continue;
            if (direction == 1 && !c.isAfter(anchor)) continue;
            if (best == null || Math.abs(ChronoUnit.DAYS.between(anchor, c)) < Math.abs(ChronoUnit.DAYS.between(anchor, best))) best = c;
        }
        return Optional.ofNullable(best);
    }

    /**
     * A month named without a year: the latest such month up to the month after the anchor's (news looks back), the
     * next one from it when the text looks ahead, strictly before or after it with "last"/"next".
     */
    private static String month(LocalDate anchor, int month, int direction, boolean future) {
        int a = anchor.getYear() * 12 + anchor.getMonthValue() - 1;
        int m = anchor.getYear() * 12 + month - 1;
        if (direction == -1) {
            if (m >= a) m -= 12;
        } else if (direction == 1) {
            if (m <= a) m += 12;
        } else if (future) {
            if (m < a) m += 12;
        } else if (m > a + 1) {
            // the month after the anchor's is the coming one: news looks back, but not eleven months back
            m -= 12;
        }
        return IsoNumbers.yearAnd(m / 12, "-", m % 12 + 1);
    }

    private static Optional<LocalDate> safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) return Optional.empty();
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? Optional.empty() : Optional.of(first.withDayOfMonth(day));
    }

    /**
     * A weekend ({@code 2022-W47-WE}): the latest one up to the anchor, or the next one when the text looks ahead;
     * "last" and "next" step away from the anchor's own.
     */
    static String weekend(LocalDate anchor, int direction, boolean future) {
        LocalDate saturday;
        if (direction < 0) {
            saturday = anchor.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        } else if (direction > 0 || future) {
            saturday = anchor.with(direction > 0 ? TemporalAdjusters.next(DayOfWeek.SATURDAY) : TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        } else if (anchor.getDayOfWeek() == DayOfWeek.SUNDAY) {
            saturday = anchor.minusDays(1);
        } else {
            saturday = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        }
        return week(saturday) + "-WE";
    }

    static String week(LocalDate d) {
        return IsoNumbers.yearAnd(d.get(IsoFields.WEEK_BASED_YEAR), "-W", d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String month(LocalDate d) {
        return IsoNumbers.yearAnd(d.getYear(), "-", d.getMonthValue());
    }
}
