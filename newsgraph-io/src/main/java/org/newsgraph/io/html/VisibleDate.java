package org.newsgraph.io.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.io.read.MonthNames;

/**
 * The publication date a page shows to its readers ("7 января 2022, 21:15", "15 janvier 2022 à 10h30", "January
 * 15, 2022") when its markup and metadata give none: first in elements whose class or id says date, time or
 * published (and {@code <time>} without an attribute), then in any short element whose text is a date and little
 * else, in page order. Month names come from the language packs; the result is ISO ("2022-01-07T21:15").
 */
final class VisibleDate {
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(\\p{L}{3,12}\\.?),?\\s+(\\d{4})(?:,?\\s+(?:\\p{L}{1,2}\\.?\\s+)?(\\d{1,2})[:h](\\d{2}))?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\p{L}\\d])(\\p{L}{3,12}\\.?)\\s+(\\d{1,2}),?\\s+(\\d{4})(?:,?\\s+(?:\\p{L}{1,2}\\.?\\s+)?(\\d{1,2})[:h.](\\d{2}))?");
    private static final Pattern WORDS = Pattern.compile("\\p{L}{2,}");
    private static final int SHORT = 80;
    private static final int MAX_OTHER_WORDS = 3;
    private static final int MAX_ELEMENTS = 3000;

    private VisibleDate() {
    }

    static Optional<String> find(Document page) {
        for (Element e : page.select("time, [class~=(?i)date|time|publi|posted], [id~=(?i)date|time|publi]")) {
            String text = e.text();
            if (text.length() <= SHORT) {
                Optional<String> d = parse(text);
                if (d.isPresent()) return d;
            }
        }
        int seen = 0;
        for (Element e : page.body() == null ? page.getAllElements() : page.body().getAllElements()) {
            if (++seen > MAX_ELEMENTS) break;
            String own = e.ownText().strip();
            if (own.isEmpty() || own.length() > SHORT) continue;
            Optional<String> d = parse(own).filter(x -> alone(own));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** The first date of the text with a month name, as ISO date (and time when one follows). */
    static Optional<String> parse(String text) {
        Matcher m = DAY_FIRST.matcher(text);
        while (m.find()) {
            Optional<String> d = iso(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5));
            if (d.isPresent()) return d;
        }
        m = MONTH_FIRST.matcher(text);
        while (m.find()) {
            Optional<String> d = iso(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    /** A text that is a date and at most a few other words ("Published 7 January 2022"), not a sentence naming one. */
    private static boolean alone(String text) {
        String rest = DAY_FIRST.matcher(text).replaceAll(" ");
        rest = MONTH_FIRST.matcher(rest).replaceAll(" ");
        return WORDS.matcher(rest).results().count() <= MAX_OTHER_WORDS;
    }

    private static Optional<String> iso(String year, String monthName, String day, String hour, String minute) {
        Optional<Integer> month = MonthNames.of(monthName);
        if (month.isEmpty()) return Optional.empty();
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month.get(), Integer.parseInt(day));
            if (date.getYear() < 1990 || date.getYear() > 2100) return Optional.empty();
            if (hour == null) return Optional.of(date.toString());
            int h = Integer.parseInt(hour);
            int min = Integer.parseInt(minute);
            if (h > 23 || min > 59) return Optional.of(date.toString());
            return Optional.of(String.format(java.util.Locale.ROOT, "%sT%02d:%02d", date, h, min));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
