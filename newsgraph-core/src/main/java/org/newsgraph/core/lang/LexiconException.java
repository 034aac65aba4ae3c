package org.newsgraph.core.lang;

/** A language pack's lexicon is missing or malformed; the message names the file (and line) and what to do. */
public final class LexiconException extends IllegalStateException {
    public LexiconException(String message) {
        super(message);
    }
}
