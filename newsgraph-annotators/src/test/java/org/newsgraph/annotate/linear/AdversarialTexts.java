package org.newsgraph.annotate.linear;

import java.util.Random;
import java.util.function.IntFunction;

/**
 * Texts of a chosen size built to push each annotator's worst case, written from word lists made up here (no
 * article text): many distinct people sharing surnames and first names, many numbers and counts, many quote marks
 * opened and closed, one sentence that never ends. Seeded: the same size gives the same text.
 */
public enum AdversarialTexts {
    /**
     * Thousands of distinct full names (first name × surname), thousands of people sharing one surname, first names
     * alone, initials, in short sentences.
     */
    MANY_NAMES(AdversarialTexts::names),
    /** Counts, ranges, percentages and dates in every sentence. */
    MANY_NUMBERS(AdversarialTexts::numbers),
    /** Quote marks of every kind, opened, closed and left open, with speech verbs. */
    MANY_QUOTES(AdversarialTexts::quotes),
    /** One sentence without a full stop: names, numbers and quotes joined by commas. */
    ONE_GIANT_SENTENCE(AdversarialTexts::giantSentence);

    private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina",
            "Jonas", "Karim", "Lena", "Marek", "Nadia", "Oskar", "Petra", "Quentin", "Rosa", "Sergei", "Tamara", "Ulrich",
            "Vera", "Walter", "Yannick", "Zofia"};
    private static final String[] LAST = {"Almeida", "Brandt", "Castell", "Dorin", "Eklund", "Ferrand", "Gorski", "Halvorsen",
            "Ivanic", "Jaeger", "Kowal", "Lindqvist", "Moreau", "Novak", "Orlov", "Petrescu", "Quiroga", "Rinaldi", "Sorensen",
            "Tamm", "Urbani", "Varga", "Weber", "Yilmaz", "Zeller"};
    private static final String[] VERBS = {"said", "told reporters", "added", "declared", "warned", "explained"};

    private final IntFunction<String> make;

    AdversarialTexts(IntFunction<String> make) {
        this.make = make;
    }

    /** A text of about {@code chars} characters (never less). */
    public String text(int chars) {
        return make.apply(chars);
    }

    /** A distinct made-up name for every n: syllables so that names do not repeat before millions. */
    static String invented(int n) {
        String[] syl = {"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "bo"};
        StringBuilder b = new StringBuilder();
        int x = n;
        do {
            b.append(syl[x % 10]);
            x /= 10;
        } while (x > 0);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String names(int chars) {
        StringBuilder b = new StringBuilder();
        Random r = new Random(1);
        for (int i = 0; b.length() < chars; i++) {
            String first = r.nextInt(3) == 0 ? invented(i) : FIRST[r.nextInt(FIRST.length)];
            String last = r.nextInt(2) == 0 ? invented(i + 7) + "son" : LAST[r.nextInt(LAST.length)];
            switch (i % 4) {
                case 0 -> b.append(first).append(' ').append(last).append(" met ").append(FIRST[i % FIRST.length]).append(' ')
                        .append(LAST[(i * 7) % LAST.length]).append(" in Lyon. ");
                case 1 -> b.append(first.charAt(0)).append(". ").append(last).append(" and ").append(first).append(" arrived. ");
                case 2 -> b.append("Mr ").append(last).append(" thanked Ms ").append(LAST[i % LAST.length]).append(". ");
                default -> b.append(invented(i * 3)).append(" Moreau left. ");   // one family of thousands
            }
            if (i % 12 == 11) b.append("\n\n");
        }
        return b.toString();
    }

    private static String numbers(int chars) {
        StringBuilder b = new StringBuilder();
        Random r = new Random(2);
        for (int i = 0; b.length() < chars; i++) {
            int n = r.nextInt(100_000);
            switch (i % 4) {
                case 0 -> b.append("At least ").append(n).append(" people were killed and ").append(n / 3).append(" injured, police said. ");
                case 1 -> b.append("Between ").append(n).append(" and ").append(n + 40).append(" were arrested on 1").append(i % 9)
                        .append(" March 20").append(10 + i % 20).append(". ");
                case 2 -> b.append(n % 100).append(".").append(n % 10).append("% of ").append(n).append(",000 voters, ")
                        .append(n % 7).append(" of them missing, ").append(n % 13).append(" evacuated. ");
                default -> b.append("The toll rose from ").append(n).append(" to ").append(n + 12).append(" on Monday at ")
                        .append(n % 24).append(":").append(10 + n % 50).append(". ");
            }
            if (i % 10 == 9) b.append("\n\n");
        }
        return b.toString();
    }

    private static String quotes(int chars) {
        StringBuilder b = new StringBuilder();
        Random r = new Random(3);
        String[][] marks = {{"\"", "\""}, {"«\u00a0", "\u00a0»"}, {"\u201c", "\u201d"}, {"\u201e", "\u201c"}, {"'", "'"}, {"«", ""}};
        for (int i = 0; b.length() < chars; i++) {
            String[] m = marks[r.nextInt(marks.length)];
            String who = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
            b.append(m[0]).append("We will rebuild the bridge ").append(i).append(" before winter").append(m[1]).append(", ")
                    .append(who).append(' ').append(VERBS[i % VERBS.length]).append(". ");
            if (i % 3 == 0) b.append("He said that \u201cthe ").append(m[0]).append("works").append(" will go on. ");
            if (i % 8 == 7) b.append("\n\n");
        }
        return b.toString();
    }

    private static String giantSentence(int chars) {
        StringBuilder b = new StringBuilder("According to the ministry");
        Random r = new Random(4);
        for (int i = 0; b.length() < chars; i++) {
            switch (i % 4) {
                case 0 -> b.append(", ").append(FIRST[r.nextInt(FIRST.length)]).append(' ').append(LAST[r.nextInt(LAST.length)]).append(" said");
                case 1 -> b.append(", ").append(r.nextInt(5000)).append(" people were killed");
                case 2 -> b.append(", \u00ab\u00a0we will stay\u00a0\u00bb");
                default -> b.append(" and on Monday 1").append(i % 9).append(" May the council of ").append(LAST[i % LAST.length]);
            }
        }
        return b.append('.').toString();
    }
}
