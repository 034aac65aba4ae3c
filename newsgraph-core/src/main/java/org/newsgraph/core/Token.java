package org.newsgraph.core;

/** A token of the text: offsets into the document and what kind of token it is. */
public record Token(int start, int end, Kind kind) {

    /** The kinds of token the segmenter distinguishes. */
    public enum Kind {
        /** letters, possibly with inner hyphens or apostrophes */
        WORD,
        /** digits, possibly with group and decimal separators ("4 578", "4,5") */
        NUMBER,
        /** an opening or closing quotation mark */
        QUOTE,
        /** any other punctuation or symbol */
        PUNCT
    }

    public Span span() {
        return new Span(start, end, kind.name());
    }

    public int length() {
        return end - start;
    }
}
