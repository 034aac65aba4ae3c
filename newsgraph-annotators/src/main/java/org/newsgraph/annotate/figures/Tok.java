package org.newsgraph.annotate.figures;

/**
 * A token of a sentence as the figures annotator sees it, read from the shared token layer by {@link TokReader}:
 * offsets into the document, a normalised form (the core {@link org.newsgraph.core.text.Normalizer}'s, with the
 * pack's folding rules), for numbers written in digits their value, and the case of words (capitalised, or an
 * acronym written all in capitals such as "ФСБ", "ONU"), and the {@link org.newsgraph.core.text.FormIds} id of the
 * form, read when the token is made: the phrase tables that match tokens are built (their forms registered) before
 * the tokens are read.
 */
record Tok(int start, int end, String norm, Kind kind, double value, boolean capitalised, boolean acronym,
           int formId) {

    /** What the token is. */
    enum Kind {
        WORD,
        /** digits that may count something ("4 578", "4,5") */
        NUMBER,
        /** digits that cannot count people: times, ordinals, codes, fractions without a scale word ("20h00", "3D") */
        NON_COUNT,
        PUNCT
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    boolean is(String s) {
        return norm.equals(s);
    }
}
