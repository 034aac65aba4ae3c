package org.newsgraph.core.model;

/** The identified language of a text (ISO 639-1) and how sure the identifier is, 0 to 1. */
public record LanguageGuess(String code, double confidence) {

    public static final String UNKNOWN = "und";

    public boolean isKnown() {
        return !UNKNOWN.equals(code);
    }
}
