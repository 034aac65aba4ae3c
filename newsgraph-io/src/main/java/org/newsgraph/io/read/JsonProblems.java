package org.newsgraph.io.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * What is wrong with a JSON input, in words: where the parser stopped, or which limit of a sane record it passed
 * (nesting deeper than 1000 levels, a number of thousands of digits, a key of tens of thousands of characters).
 * Jackson reports the limits without a location, so the location is never taken for granted.
 */
final class JsonProblems {
    private JsonProblems() {
    }

    /** "is not valid JSON (line 3)" or "is a JSON record nested deeper than 1000 levels", to follow the input's name. */
    static String describe(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException || isConstraint(e.getOriginalMessage())) {
            return "is a JSON record beyond the limits of an article (" + limit(e.getOriginalMessage()) + ")";
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "is not valid JSON" : "is not valid JSON (line " + at.getLineNr() + ")";
    }

    private static boolean isConstraint(String message) {
        return message != null && message.contains("exceeds the maximum");
    }

    /** Jackson's "Document nesting depth (1001) exceeds the maximum allowed (1000, from `…`)" → "nesting depth over 1000". */
    private static String limit(String message) {
        if (message == null) return "a parser limit";
        String m = message;
        int from = m.indexOf(", from");
        if (from > 0) m = m.substring(0, from) + ")";
        return m.lines().findFirst().orElse(m).strip();
    }
}
