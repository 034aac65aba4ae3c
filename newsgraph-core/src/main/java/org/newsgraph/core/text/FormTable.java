package org.newsgraph.core.text;

import java.util.Arrays;
import java.util.Map;

/**
 * A lexicon's table keyed by normalised form, looked up by {@link FormIds} id: an open-addressing table of ints, so a
 * look-up of a piece ({@link Words#formId}) hashes no string and boxes nothing, and a piece whose form no table
 * registered ({@link FormIds#NONE}) costs one comparison. Immutable and thread-safe once made.
 *
 * @param <V> what a form stands for
 */
public final class FormTable<V> {
    private static final FormTable<?> EMPTY = new FormTable<>(Map.of());

    private final int[] ids;
    private final Object[] values;
    private final int mask;
    private final int size;

    private FormTable(Map<String, ? extends V> byForm) {
        int slots = Integer.highestOneBit(Math.max(1, byForm.size()) * 2 - 1) << 1;
        this.mask = slots - 1;
        this.ids = new int[slots];
        Arrays.fill(ids, FormIds.NONE);
        this.values = new Object[slots];
        for (Map.Entry<String, ? extends V> e : byForm.entrySet()) {
            int id = FormIds.intern(e.getKey());
            int slot = slotOf(id);
            while (ids[slot] != FormIds.NONE) slot = (slot + 1) & mask;
            ids[slot] = id;
            values[slot] = e.getValue();
        }
        this.size = byForm.size();
    }

    /** The table of these forms (registered in {@link FormIds} here) and their values, which must not be null. */
    @SuppressWarnings("unchecked")
    public static <V> FormTable<V> of(Map<String, ? extends V> byForm) {
        return byForm.isEmpty() ? (FormTable<V>) EMPTY : new FormTable<>(byForm);
    }

    /** The value of the form with this id, or null (always for {@link FormIds#NONE}). */
    @SuppressWarnings("unchecked")
    public V get(int formId) {
        if (formId == FormIds.NONE) return null;
        int slot = slotOf(formId);
        while (true) {
            int id = ids[slot];
            if (id == formId) return (V) values[slot];
            if (id == FormIds.NONE) return null;
            slot = (slot + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private int slotOf(int id) {
        return (id * 0x9E3779B9 >>> 7) & mask;
    }
}
