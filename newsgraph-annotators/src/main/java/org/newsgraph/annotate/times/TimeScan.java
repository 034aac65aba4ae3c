package org.newsgraph.annotate.times;

import java.util.List;
import org.newsgraph.core.text.Words;

/**
 * The pieces of a text (the shared {@link Words} layer) with the vocabulary's readings of each, looked up once, and
 * the expressions found in them. Later steps (future markers, place zones) ask it instead of searching the
 * vocabulary again.
 */
final class TimeScan {
    private final Words words;
    private final List<TimeVocabulary.Entry>[] readings;
    private final TimeVocabulary vocabulary;
    private List<TimeMatch> matches = List.of();

    TimeScan(Words words, List<TimeVocabulary.Entry>[] readings, TimeVocabulary vocabulary) {
        this.words = words;
        this.readings = readings;
        this.vocabulary = vocabulary;
    }

    Words words() {
        return words;
    }

    List<TimeVocabulary.Entry> readings(int i) {
        return readings[i];
    }

    List<TimeMatch> matches() {
        return matches;
    }

    void matches(List<TimeMatch> found) {
        this.matches = List.copyOf(found);
    }

    /** True when a reading of the piece, or its ending, has the category. */
    boolean has(int i, String category) {
        for (TimeVocabulary.Entry e : readings[i]) if (e.category().equals(category)) return true;
        return vocabulary.endsWith(words, i, category);
    }

    /** True when a paragraph break (a line break, removed boilerplate) separates piece i from the one before. */
    static boolean breakBefore(Words words, int i) {
        return i > 0 && (words.lineBreakBefore(i) || words.paragraph(i) != words.paragraph(i - 1));
    }

    /** A sign: neither letters nor digits. */
    static boolean isSign(Words words, int i) {
        return !words.isWord(i) && !words.isNumber(i);
    }

    /** The number a run of digits stands for, or -1 for other pieces and runs too long to be a date part. */
    static int number(Words words, int i) {
        if (!words.isNumber(i)) return -1;
        String s = words.norm(i);
        if (s.length() > 4) return -1;
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            int d = Character.digit(s.charAt(k), 10);
            if (d < 0) return -1;
            n = n * 10 + d;
        }
        return n;
    }
}
