package org.newsgraph.annotate.times;

import java.util.List;

/**
 * The tokens of a text with the vocabulary's readings of each, looked up once, and the expressions found in them.
 * Later steps (future markers, place zones) ask it instead of searching the vocabulary again.
 */
final class TimeScan {
    private final List<TimeToken> tokens;
    private final List<TimeVocabulary.Entry>[] readings;
    private final TimeVocabulary vocabulary;
    private List<TimeMatch> matches = List.of();

    TimeScan(List<TimeToken> tokens, List<TimeVocabulary.Entry>[] readings, TimeVocabulary vocabulary) {
        this.tokens = tokens;
        this.readings = readings;
        this.vocabulary = vocabulary;
    }

    List<TimeToken> tokens() {
        return tokens;
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

    /** True when a reading of the token, or its ending, has the category. */
    boolean has(int i, String category) {
        for (TimeVocabulary.Entry e : readings[i]) if (e.category().equals(category)) return true;
        return vocabulary.endsWith(tokens.get(i), category);
    }
}
