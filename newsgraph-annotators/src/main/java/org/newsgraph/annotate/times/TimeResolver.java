package org.newsgraph.annotate.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns a {@link TimeFrame} into a TIMEX3-style value against the article's publication date (the anchor) and the
 * last calendar day the text named (the reference). Knows no language: only the frame's fields. Anything relative
 * without an anchor stays unresolved rather than guessed.
 */
final class TimeResolver {
    private TimeResolver() {
    }

    /** What the resolver may lean on besides the frame. */
    record Context(Optional<LocalDate> anchor, Optional<LocalDate> reference, boolean future) {
        Optional<LocalDate> referenceOrAnchor() {
            return reference.isPresent() ? reference : anchor;
        }
    }

    static Resolution resolve(TimeFrame f, Context ctx) {
        Optional<String> mod = Optional.ofNullable(f.mod);
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
            Optional<Integer> year = year(f, anchor);
            if (year.isPresent()) return safeDate(year.get(), f.month, f.day);
            if (anchor.isEmpty()) return Optional.empty();
            return closestYear(anchor.get(), f.month, f.day, f.direction);
        }
        if (f.has(f.weekday) && !f.has(f.day) && !f.has(f.month) && f.unit == null) {
            return anchor.map(a -> weekday(a, DayOfWeek.of(f.weekday), f.direction, ctx.future()));
        }
        if (f.has(f.count) && "day".equals(f.unit) && (f.ago || f.ahead)) {
            return anchor.map(a -> a.plusDays(f.ago ? -f.count : f.count));
        }
        if ("day".equals(f.unit) && f.has(f.direction) && !f.has(f.count)) {
            return anchor.map(a -> a.plusDays(f.direction));
        }
        return Optional.empty();
    }

    /** Months, weeks, quarters, years and "N units ago". */
    private static Resolution coarse(TimeFrame f, Context ctx, Optional<String> mod) {
        Optional<LocalDate> anchor = ctx.anchor();
        Optional<Integer> explicitYear = year(f, anchor);
        if (f.has(f.count) && f.unit != null && (f.ago || f.ahead)) {
            if (anchor.isEmpty()) return Resolution.unresolved(mod);
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
            if (explicitYear.isPresent()) return Resolution.of(String.format("%04d-%02d", explicitYear.get(), f.month), mod);
            if (anchor.isEmpty()) return Resolution.unresolved(mod);
            LocalDate a = anchor.get();
            if ("year".equals(f.unit) && f.has(f.direction)) {
                return Resolution.of(String.format("%04d-%02d", a.getYear() + f.direction, f.month), mod);
            }
            return Resolution.of(month(a, f.month, f.has(f.direction) ? f.direction : 0, ctx.future()), mod);
        }
        if ("weekend".equals(f.unit) && !f.has(f.count)) {
            return anchor.map(a -> Resolution.of(weekend(a, f.has(f.direction) ? f.direction : 0, ctx.future()), mod))
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
            if (anchor.isEmpty()) return Resolution.unresolved(mod);
            LocalDate a = anchor.get();
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
        if (explicitYear.isPresent()) return Resolution.of(String.format("%04d", explicitYear.get()), mod);
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
     * A month named without a year: the latest such month up to the anchor's (news looks back), the next one from
     * it when the text looks ahead, strictly before or after it with "last"/"next".
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
        } else if (m > a) {
            m -= 12;
        }
        return String.format("%04d-%02d", m / 12, m % 12 + 1);
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
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String month(LocalDate d) {
        return String.format("%04d-%02d", d.getYear(), d.getMonthValue());
    }
}
