package org.newsgraph.core.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One int per normalised form ({@link Normalizer}) that some lexicon of the process uses: phrase matchers and other
 * tables register their words when they are built ({@link #intern}), and the {@link Words} layer reads the id of each
 * piece once per document ({@link Words#formId}), so the annotators' look-ups compare and hash ints instead of
 * strings. A form no table registered has no id ({@link #NONE}): it cannot equal any lexicon word, which is what a
 * look-up needs to know.
 *
 * <p>One dictionary for the process rather than one per language: the forms of every pack live side by side (a form
 * is a string; two languages sharing one share its id), and a document's ids need no language to be read. Forms are
 * only ever added, at lexicon load; ids are dense, from 0. Thread-safe: reading is lock-free; registering takes a lock
 * and publishes the new {@link #count()} after the form, so a reader that sees a count also finds every form below
 * it.
 */
public final class FormIds {
    /** The id of a form no table registered. */
    public static final int NONE = -1;

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>(1 << 14);
    private static volatile int count;

    private FormIds() {
    }

    /** The id of {@code form}, registering it when new. For tables, when they are built: never per document. */
    public static int intern(String form) {
        Integer id = IDS.get(form);
        if (id != null) return id;
        synchronized (IDS) {
            id = IDS.get(form);
            if (id != null) return id;
            int next = count;
            IDS.put(form, next);
            count = next + 1;
            return next;
        }
    }

    /** The id of {@code form}, or {@link #NONE} when no table registered it. */
    public static int find(String form) {
        Integer id = IDS.get(form);
        return id == null ? NONE : id;
    }

    /**
     * How many forms are registered: a document's ids read at one count stay true until it changes (a table built
     * since may have registered a form of the document).
     */
    public static int count() {
        return count;
    }
}
