package org.newsgraph.annotate.times;

/**
 * A piece of text as the time grammar sees it: a run of letters, a run of digits, or one other character.
 * {@code key} is the folded form (lower case, no diacritics, one kind of apostrophe and dash) that lexicon phrases
 * are compared with; {@code glued} is true when no whitespace separates it from the previous piece, and
 * {@code afterBreak} when a line break does (matches never cross paragraphs).
 */
record TimeToken(int start, int end, String key, Kind kind, boolean glued, boolean afterBreak, boolean capitalised) {

    /** What the piece is made of. */
    enum Kind { WORD, DIGITS, SYMBOL }

    boolean isDigits() {
        return kind == Kind.DIGITS;
    }

    /** The number a run of digits stands for, or -1 for other pieces and runs too long to be a date part. */
    int number() {
        if (kind != Kind.DIGITS || key.length() > 4) return -1;
        return Integer.parseInt(key);
    }
}
