package org.newsgraph.annotate.language;

/**
 * {@link Character.UnicodeScript#of(int)} with the Latin, Greek and Cyrillic blocks answered from a table: the JDK
 * method is a binary search over the script ranges, and the identifier asks it for every letter it reads.
 */
final class Scripts {
    /** Characters below this are answered from the table (Basic Latin up to the end of Cyrillic Supplement). */
    private static final int TABLE_END = 0x0530;
    private static final Character.UnicodeScript[] TABLE = new Character.UnicodeScript[TABLE_END];

    static {
        for (int c = 0; c < TABLE_END; c++) TABLE[c] = Character.UnicodeScript.of(c);
    }

    private Scripts() {
    }

    static Character.UnicodeScript of(char c) {
        return c < TABLE_END ? TABLE[c] : Character.UnicodeScript.of(c);
    }
}
