package org.newsgraph.annotate.quotes;

/** A word of the text: its offsets and its normalised form (lower case, typographic apostrophes made plain). */
record Word(int start, int end, String norm) {

    /** True when the word begins with an upper-case letter. */
    boolean capitalised(String text) {
        return Character.isUpperCase(text.codePointAt(start));
    }
}
