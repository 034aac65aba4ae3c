package org.newsgraph.annotate.entities;

/**
 * The {@link WordForm}s of one language, found by the characters of the text a word is written with: a word seen
 * before costs a hash of its characters and one comparison, and no string is cut out of the text for it. An open
 * table shared by all threads: readers take no lock (a form is immutable in what they read, so seeing one another
 * thread has just stored is safe); a new form is stored under the table's lock. The table starts afresh past
 * {@link #MAX_FORMS} forms: bounded memory on endless streams of new words.
 */
final class WordForms {
    static final int MAX_FORMS = 200_000;

    private final EndingFolder endings;
    private volatile WordForm[] slots = new WordForm[1 << 12];
    private int count; // guarded by this

    WordForms(EndingFolder endings) {
        this.endings = endings;
    }

    /** The form written as {@code text[start, end)}. */
    WordForm of(String text, int start, int end) {
        int h = hash(text, start, end);
        WordForm found = find(slots, h, text, start, end);
        return found != null ? found : add(h, text, start, end);
    }

    private static WordForm find(WordForm[] table, int h, String text, int start, int end) {
        int mask = table.length - 1;
        int length = end - start;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            WordForm f = table[i];
            if (f == null) return null;
            if (f.text.length() == length && text.regionMatches(start, f.text, 0, length)) return f;
        }
    }

    private synchronized WordForm add(int h, String text, int start, int end) {
        WordForm[] table = slots;
        WordForm found = find(table, h, text, start, end); // another thread may have stored it meanwhile
        if (found != null) return found;
        WordForm f = new WordForm(text.substring(start, end), endings);
        if (count >= MAX_FORMS) {
            table = new WordForm[1 << 12];
            count = 0;
        } else if (2 * (count + 1) > table.length) {
            table = grown(table);
        }
        put(table, hash(f.text, 0, f.text.length()), f);
        count++;
        slots = table; // publishes a new table; a stored form is seen by readers of the same table at once or soon
        return f;
    }

    private static WordForm[] grown(WordForm[] table) {
        WordForm[] bigger = new WordForm[table.length * 2];
        for (WordForm f : table) {
            if (f != null) put(bigger, hash(f.text, 0, f.text.length()), f);
        }
        return bigger;
    }

    private static void put(WordForm[] table, int h, WordForm f) {
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] != null) i = (i + 1) & mask;
        table[i] = f;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + text.charAt(i);
        return h ^ (h >>> 16);
    }
}
