package org.newsgraph.annotate.times;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a careful reader knows about time at each point of one article, updated as the text moves: the publication
 * date (or only its month, or its year), the day the text is talking about, the year its narrative has established,
 * the quarter or month its current (or previous) sentence is about, and the weekdays it has pinned to dates. {@link #context} turns that into what the
 * resolver leans on for one expression; {@link #advance} records what the expression established. Mutable, confined
 * to one article.
 *
 * <p>A text is read as a narrative — dates without a year take the last year it named, not the publication's — when
 * it has no publication date (an encyclopaedia-style page) or when it recounts the past: it names dates with their
 * year, all more than {@value #RETROSPECTIVE_DAYS} days before publication, and no day counted from the publication
 * ("hier", a bare weekday). In any text, a year named earlier in the same sentence dates the months and days after
 * it ("deux ruptures en 1997, en janvier puis en octobre").
 */
final class DocumentTimeFrame {
    /** How long before publication the dates a text recounts make it a retrospective. */
    static final int RETROSPECTIVE_DAYS = 31;
    /** How far from the publication day a date may pin its weekday ("samedi 29 mai" then "samedi"). */
    private static final int PINNED_DAYS = 7;

    private final Optional<LocalDate> day;
    private final Optional<YearMonth> month;
    private final Optional<Integer> publicationYear;
    private final boolean narrative;
    private final Map<DayOfWeek, LocalDate> namedDays;
    private Optional<LocalDate> reference = Optional.empty();
    private Optional<String> focus = Optional.empty();
    private int focusSentence = -1;
    private Optional<Integer> year = Optional.empty();
    private int yearSentence = -1;

    private DocumentTimeFrame(Optional<LocalDate> day, Optional<YearMonth> month, Optional<Integer> publicationYear,
                              boolean narrative, Map<DayOfWeek, LocalDate> namedDays) {
        this.day = day;
        this.month = month;
        this.publicationYear = publicationYear;
        this.narrative = narrative;
        this.namedDays = namedDays;
    }

    /** The frame at the start of an article published as {@code published} whose expressions are {@code matches}. */
    static DocumentTimeFrame of(Optional<String> published, List<TimeMatch> matches) {
        Optional<LocalDate> day = Optional.empty();
        Optional<YearMonth> month = Optional.empty();
        Optional<Integer> year = Optional.empty();
        if (published.isPresent()) {
            String p = published.get().strip();
            day = parse(p, 10, DocumentTimeFrame::isoDay);
            month = day.map(YearMonth::from).or(() -> parse(p, 7, s -> YearMonth.parse(s)));
            year = month.map(YearMonth::getYear).or(() -> parse(p, 4, s -> Integer.valueOf(s)).filter(y -> y > 999));
        }
        boolean narrative = month.isEmpty() || (day.isPresent() && retrospective(day.get(), matches));
        Map<DayOfWeek, LocalDate> named = day.isPresent() && !narrative ? pinnedWeekdays(day.get(), matches)
                : new EnumMap<>(DayOfWeek.class);
        return new DocumentTimeFrame(day, month, year, narrative, named);
    }

    private interface Parser<T> {
        T parse(String s);
    }

    /**
     * The day of an ISO date ({@code 2022-01-15}) as {@link LocalDate#parse} reads it — four, two and two ASCII
     * digits, a valid day — without its formatter, which cost more than the rest of the frame.
     */
    static LocalDate isoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') throw new DateTimeParseException("not a day", s, 0);
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 0 || day < 0) throw new DateTimeParseException("not a day", s, 0);
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), s, 0);
        }
    }

    /** The ASCII digits of {@code s[from, to)} as a number, or -1 when another character is there. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static <T> Optional<T> parse(String p, int length, Parser<T> parser) {
        if (p.length() < length || (p.length() > length && Character.isDigit(p.charAt(length)))) return Optional.empty();
        try {
            return Optional.of(parser.parse(p.substring(0, length)));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the text's dated events all lie well before publication and nothing counts from it. */
    private static boolean retrospective(LocalDate published, List<TimeMatch> matches) {
        LocalDate latest = null;
        for (TimeMatch m : matches) {
            TimeFrame f = m.frame();
            if (f.blocked) continue;
            if (f.has(f.relativeDays) || (f.has(f.weekday) && !f.has(f.day) && !f.has(f.month))) return false;
            if (!f.has(f.year) || !f.has(f.month) || f.month < 1 || f.month > 12) continue;
            YearMonth ym = YearMonth.of(f.year, f.month);
            LocalDate d = f.has(f.day) && f.day >= 1 && f.day <= ym.lengthOfMonth() ? ym.atDay(f.day) : ym.atEndOfMonth();
            if (latest == null || d.isAfter(latest)) latest = d;
        }
        return latest != null && latest.isBefore(published.minusDays(RETROSPECTIVE_DAYS));
    }

    /**
     * Weekdays that dates near the publication pin down: "samedi 29 mai" (or "29 mai" falling on a Saturday) makes
     * every bare "samedi" of the text that day. A weekday two such dates disagree on pins nothing.
     */
    private static Map<DayOfWeek, LocalDate> pinnedWeekdays(LocalDate published, List<TimeMatch> matches) {
        Map<DayOfWeek, LocalDate> out = new EnumMap<>(DayOfWeek.class);
        Set<DayOfWeek> ambiguous = new HashSet<>();
        TimeResolver.Context ctx = new TimeResolver.Context(Optional.of(published), Optional.empty(), false);
        for (TimeMatch m : matches) {
            TimeFrame f = m.frame();
            if (f.blocked || !f.has(f.day) || !f.has(f.month) || f.has(f.hour) || f.hasEnd() || f.anaphoric) continue;
            Optional<LocalDate> d = TimeResolver.resolve(f, ctx).day();
            if (d.isEmpty() || Math.abs(d.get().toEpochDay() - published.toEpochDay()) > PINNED_DAYS) continue;
            LocalDate known = out.putIfAbsent(d.get().getDayOfWeek(), d.get());
            if (known != null && !known.equals(d.get())) ambiguous.add(d.get().getDayOfWeek());
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    boolean narrative() {
        return narrative;
    }

    /** What the resolver may lean on for an expression of sentence {@code sentence}. */
    TimeResolver.Context context(int sentence, boolean future) {
        Optional<Integer> narrativeYear = Optional.empty();
        if (year.isPresent() && (narrative || sentence == yearSentence)) narrativeYear = year;
        else if (month.isEmpty()) narrativeYear = publicationYear;
        // a comparison reaches back one sentence: "Third-quarter net fell 77%. It earned $32 million a year ago."
        boolean near = focusSentence >= 0 && sentence - focusSentence <= 1;
        return new TimeResolver.Context(day, month, reference, narrativeYear, focus, near, namedDays, future);
    }

    /** Records what the expression just resolved establishes: its day, its value, the year it names. */
    void advance(TimeMatch m, int sentence, Resolution r) {
        TimeFrame f = m.frame();
        // a look back from the day in focus ("la veille", "two days earlier") is a flashback: the text stays on its day
        boolean flashback = (f.anaphoric || f.has(f.anaphor)) && r.day().isPresent() && reference.isPresent()
                && r.day().get().isBefore(reference.get());
        if (r.day().isPresent() && !flashback) reference = r.day();
        if (r.value().isPresent() && !f.anaphoric && !f.ago && isPeriod(r.value().get())) {
            focus = r.value();
            focusSentence = sentence;
        }
        if (f.has(f.year) && r.value().isPresent()) {
            year = Optional.of(f.year);
            yearSentence = sentence;
        }
        // a bare weekday read once keeps that reading ("dimanche ... Dimanche soir")
        if (pinsWeekday(f, r)) namedDays.putIfAbsent(r.day().get().getDayOfWeek(), r.day().get());
    }

    /** A quarter or a month ("1989-Q3", "1989-09"): a period a comparison "a year earlier" may shift. */
    private static boolean isPeriod(String value) {
        return value.length() == 7 && Character.isDigit(value.charAt(0)) && value.charAt(4) == '-';
    }

    private boolean pinsWeekday(TimeFrame f, Resolution r) {
        return f.has(f.weekday) && !f.has(f.day) && !f.has(f.month) && !f.has(f.direction) && f.unit == null
                && !f.hasEnd() && !f.has(f.hour) && r.day().isPresent() && day.isPresent() && !narrative;
    }
}
