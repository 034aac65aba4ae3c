package org.newsgraph.core.text;

/**
 * One int per normalised form ({@link Normalizer}) that some lexicon of the process uses: phrase matchers and other
 * tables register their words when they are built ({@link #intern}), and the {@link Words} layer gives each piece its
 * id as the segmenter cuts it ({@link #find(CharSequence, int, int, Normalizer)}: read from the characters of the
 * text, so a piece whose form is known gets the registered string as its form and no string is cut for it), so the
 * annotators' look-ups compare and hash ints instead of strings. A form no table registered has no id
 * ({@link #NONE}): it cannot equal any lexicon word, which is what a look-up needs to know.
 *
 * <p>One dictionary for the process rather than one per language: the forms of every pack live side by side (a form
 * is a string; two languages sharing one share its id), and a document's ids need no language to be read. Forms are
 * only ever added, at lexicon load; ids are dense, from 0. Thread-safe: reading is lock-free (an open table of
 * ints, published whole when it grows); registering takes a lock, stores the form before its slot, and publishes
 * the new {@link #count()} last, so a reader that sees a count also finds every form below it.
 */
public final class FormIds {
    /** The id of a form no table registered. */
    public static final int NONE = -1;

    private static final Object LOCK = new Object();
    private static volatile Table table = new Table(1 << 15, 1 << 14);
    private static volatile int count;

    /**
     * The forms by id, and an open-addressing index over them: {@code slots} hold id + 1 (0: empty), {@code hashes}
     * the {@link String#hashCode} of the form in that slot, so a probe reads two int arrays before any string.
     */
    private static final class Table {
        final int[] slots;
        final int[] hashes;
        final String[] forms;
        final int mask;

        Table(int slotCount, int formCapacity) {
            slots = new int[slotCount];
            hashes = new int[slotCount];
            forms = new String[formCapacity];
            mask = slotCount - 1;
        }

        void put(int id, int hash) {
            int i = spread(hash) & mask;
            while (slots[i] != 0) i = (i + 1) & mask;
            hashes[i] = hash;
            slots[i] = id + 1;
        }
    }

    private FormIds() {
    }

    /** The id of {@code form}, registering it when new. For tables, when they are built: never per document. */
    public static int intern(String form) {
        int id = find(form);
        if (id != NONE) return id;
        synchronized (LOCK) {
            id = find(form);
            if (id != NONE) return id;
            int next = count;
            Table t = table;
            if (next == t.forms.length || 2 * (next + 1) > t.slots.length) {
                Table bigger = new Table(t.slots.length * 2, t.forms.length * 2);
                System.arraycopy(t.forms, 0, bigger.forms, 0, next);
                for (int k = 0; k < next; k++) bigger.put(k, t.forms[k].hashCode());
                t = bigger;
            }
            t.forms[next] = form;
            t.put(next, form.hashCode());
            table = t;
            count = next + 1;
            return next;
        }
    }

    /** The id of {@code form}, or {@link #NONE} when no table registered it. */
    public static int find(String form) {
        return probe(form.hashCode(), form, null, 0, 0, null);
    }

    /**
     * The id of the normal form of {@code text[from, to)} under {@code normalizer}, read from the characters without
     * making the form: equal to {@code find(normalizer.normalize(text, from, to))}.
     */
    public static int find(CharSequence text, int from, int to, Normalizer normalizer) {
        int h = 0;
        for (int k = from; k < to; k++) {
            int c = normalizer.normalChar(text.charAt(k));
            if (c < 0) return find(normalizer.normalize(text, from, to)); // a folding rule of another length
            h = 31 * h + c;
        }
        return probe(h, null, text, from, to, normalizer);
    }

    /**
     * The id of the form with hash {@code h} that equals {@code form}, or when it is null the normal form of
     * {@code text[from, to)}; a slot whose form is not yet visible (being registered) is passed over.
     */
    private static int probe(int h, String form, CharSequence text, int from, int to, Normalizer normalizer) {
        Table t = table;
        for (int i = spread(h) & t.mask; ; i = (i + 1) & t.mask) {
            int slot = t.slots[i];
            if (slot == 0) return NONE;
            if (t.hashes[i] != h) continue;
            String f = t.forms[slot - 1];
            if (f != null && (form != null ? f.equals(form) : normalEquals(f, text, from, to, normalizer))) return slot - 1;
        }
    }

    /** The registered form with this id (its string, shared: a piece of that form needs no string of its own). */
    public static String form(int id) {
        return table.forms[id];
    }

    private static boolean normalEquals(String form, CharSequence text, int from, int to, Normalizer normalizer) {
        if (form.length() != to - from) return false;
        for (int k = from; k < to; k++) {
            if (form.charAt(k - from) != normalizer.normalChar(text.charAt(k))) return false;
        }
        return true;
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9 >>> 7;
    }

    /**
     * How many forms are registered: a document's ids read at one count stay true until it changes (a table built
     * since may have registered a form of the document).
     */
    public static int count() {
        return count;
    }
}
