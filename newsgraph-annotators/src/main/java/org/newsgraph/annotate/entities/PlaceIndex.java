package org.newsgraph.annotate.entities;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The places of the shipped GeoNames table by name key, read in place from the table's binary copy
 * ({@link GeoNamesTable}): two open-addressing hash tables the build writes after the rows (name key → the row
 * numbers of its namesakes, most populous first; first word of a name of several words), and a place's entry decoded
 * the first time a look-up finds it. Building the same index as hash maps at start-up (25,000 entries, 60,000 keys)
 * took a tenth of one article's CPU, though an article looks up a few dozen names. Thread-safe: an entry is decoded
 * once and the same object is given to every caller.
 *
 * <p>The namesakes of a key are those {@link KnowledgeBase#withNamesake} makes from the rows in the table's order, as
 * the KB makes them from rows read one by one; a table with a row whose keys depend on the installed languages (a
 * Cyrillic name without precomputed keys) gets no index, and the KB then reads its rows.
 */
final class PlaceIndex {
    private static final int EMPTY = 0;

    private final byte[] b;
    private final String[] strings;
    private final int placeCount;
    private final int placeOffsets;
    private final int countryCount;
    private final int countryOffsets;
    private final int foundCount;
    private final int foundOrdinals;
    private final int keySlots;
    private final int keyTable;
    private final int wordSlots;
    private final int wordTable;
    private final AtomicReferenceArray<KbEntry> entries;

    private PlaceIndex(byte[] b, int at) {
        this.b = b;
        this.strings = GeoNamesTable.header(new GeoNamesTable.Cursor(b));
        // five arrays, each after its length: place rows, country rows, found places, key slots, word slots
        int[] length = new int[5];
        int[] start = new int[5];
        for (int i = 0; i < 5; i++) {
            length[i] = intAt(at);
            start[i] = at + 4;
            at = start[i] + 4 * length[i];
        }
        placeCount = length[0];
        placeOffsets = start[0];
        countryCount = length[1];
        countryOffsets = start[1];
        foundCount = length[2];
        foundOrdinals = start[2];
        keySlots = length[3];
        keyTable = start[3];
        wordSlots = length[4];
        wordTable = start[4];
        entries = new AtomicReferenceArray<>(placeCount);
    }

    /** The index of a binary table, or null when the table has none. */
    static PlaceIndex of(byte[] table) {
        int at = GeoNamesTable.indexPosition(table);
        return at == 0 ? null : new PlaceIndex(table, at);
    }

    /** How many cities and regions the table has. */
    int placeCount() {
        return placeCount;
    }

    /** The country rows, as their text fields, in the table's order. */
    void countries(Consumer<String[]> each) {
        for (int i = 0; i < countryCount; i++) {
            GeoNamesTable.Cursor c = new GeoNamesTable.Cursor(b);
            c.at = intAt(countryOffsets + 4 * i) + 1;
            each.accept(GeoNamesTable.countryFields(c));
        }
    }

    /** The places with names found without a cue, and those names separated by {@code |}, in the table's order. */
    void foundPlaces(BiConsumer<KbEntry, String> each) {
        for (int i = 0; i < foundCount; i++) {
            int ordinal = intAt(foundOrdinals + 4 * i);
            GeoNamesTable.Cursor c = cursorAt(ordinal);
            GeoNamesTable.placeEntry(c, strings);
            each.accept(entry(ordinal), GeoNamesTable.foundNames(c));
        }
    }

    /** The places named by the key, most populous first, or null when none. */
    KbEntry[] namesakes(String key) {
        int at = find(keyTable, keySlots, key);
        if (at < 0) return null;
        int n = b[at] & 0xFF;
        KbEntry[] out = new KbEntry[n];
        for (int i = 0; i < n; i++) out[i] = entry(intAt(at + 1 + 4 * i));
        return out;
    }

    /** The most populous place named by the key, or null. */
    KbEntry mostPopulous(String key) {
        int at = find(keyTable, keySlots, key);
        return at < 0 ? null : entry(intAt(at + 1));
    }

    boolean names(String key) {
        return find(keyTable, keySlots, key) >= 0;
    }

    /** True when a place has a name of several words whose first word has this key. */
    boolean startsName(String firstWordKey) {
        return find(wordTable, wordSlots, firstWordKey) >= 0;
    }

    private KbEntry entry(int ordinal) {
        KbEntry e = entries.get(ordinal);
        if (e != null) return e;
        e = GeoNamesTable.placeEntry(cursorAt(ordinal), strings);
        KbEntry before = entries.compareAndExchange(ordinal, null, e);
        return before == null ? e : before;
    }

    private GeoNamesTable.Cursor cursorAt(int ordinal) {
        GeoNamesTable.Cursor c = new GeoNamesTable.Cursor(b);
        c.at = intAt(placeOffsets + 4 * ordinal) + 1; // after the row's type byte
        return c;
    }

    /** Where the data after the key of {@code key}'s record starts, or -1. */
    private int find(int table, int slots, String key) {
        int h = hash(key);
        int mask = slots - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int at = intAt(table + 4 * i);
            if (at == EMPTY) return -1;
            if (intAt(at) == h) {
                int n = ((b[at + 4] & 0xFF) << 8) | (b[at + 5] & 0xFF);
                if (same(at + 6, n, key)) return at + 6 + n;
            }
        }
    }

    /** Whether the {@code n} UTF-8 bytes at {@code at} are the key: compared in place while they are ASCII. */
    private boolean same(int at, int n, String key) {
        for (int i = 0; i < n; i++) {
            byte c = b[at + i];
            if (c < 0) return new String(b, at, n, StandardCharsets.UTF_8).equals(key);
            if (i >= key.length() || c != key.charAt(i)) return false;
        }
        return n == key.length();
    }

    private int intAt(int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    static int hash(String key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** A power of two at least twice {@code n}: probes stay short. */
    private static int slots(int n) {
        int s = 16;
        while (s < 2 * n) s <<= 1;
        return s;
    }

    /** Collects the rows as the build writes them, then writes the index after them. */
    static final class Builder {
        private final List<Integer> countries = new ArrayList<>();
        private final List<Integer> places = new ArrayList<>();
        private final List<Integer> found = new ArrayList<>();
        private final Map<KbEntry, Integer> ordinals = new IdentityHashMap<>();
        private final Map<String, KbEntry[]> byKey = new LinkedHashMap<>();
        private boolean complete = true;

        /** A country row starting at {@code offset} of the table. */
        void country(int offset) {
            countries.add(offset);
        }

        /** A place row starting at {@code offset}, with the fields the KB reads (see {@link GeoNamesTable.Rows}). */
        void place(int offset, KbEntry place, String[] keys, String names, String foundNames) {
            int ordinal = places.size();
            places.add(offset);
            ordinals.put(place, ordinal);
            if (!foundNames.isEmpty()) found.add(ordinal);
            String[] all = keys != null ? keys : keysOf(names);
            if (all == null) {
                complete = false;
                return;
            }
            for (String k : all) if (!k.isEmpty()) byKey.put(k, KnowledgeBase.withNamesake(byKey.get(k), place));
        }

        /**
         * The keys the KB gives names without precomputed keys, when they do not depend on the installed languages
         * (no Cyrillic: only endings of Cyrillic words are folded), else null.
         */
        private static String[] keysOf(String names) {
            Set<String> out = new LinkedHashSet<>();
            for (String n : names.split("\\|")) {
                if (n.isBlank()) continue;
                if (NameKeys.hasCyrillic(n)) return null;
                String k = NameKeys.key(n, EndingFolder.NONE);
                if (!k.isEmpty()) out.add(k);
            }
            return out.toArray(String[]::new);
        }

        /** Writes the index at the end of {@code o}; false (nothing written) when the rows cannot be indexed. */
        boolean write(DataOutputStream o) throws IOException {
            if (!complete) return false;
            Set<String> words = new LinkedHashSet<>();
            for (String k : byKey.keySet()) {
                int space = k.indexOf(' ');
                if (space > 0) words.add(k.substring(0, space));
            }
            int keySlots = slots(byKey.size());
            int wordSlots = slots(words.size());
            int recordsAt = o.size() + 4 * (5 + places.size() + countries.size() + found.size() + keySlots + wordSlots);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream records = new DataOutputStream(bytes);
            int[] keyTable = new int[keySlots];
            for (Map.Entry<String, KbEntry[]> e : byKey.entrySet()) {
                keyTable[free(keyTable, e.getKey())] = recordsAt + records.size();
                key(records, e.getKey());
                records.writeByte(e.getValue().length);
                for (KbEntry p : e.getValue()) records.writeInt(ordinals.get(p));
            }
            int[] wordTable = new int[wordSlots];
            for (String w : words) {
                wordTable[free(wordTable, w)] = recordsAt + records.size();
                key(records, w);
            }
            ints(o, places);
            ints(o, countries);
            ints(o, found);
            o.writeInt(keySlots);
            for (int v : keyTable) o.writeInt(v);
            o.writeInt(wordSlots);
            for (int v : wordTable) o.writeInt(v);
            records.flush();
            bytes.writeTo(o);
            return true;
        }

        private static int free(int[] table, String key) {
            int mask = table.length - 1;
            int i = hash(key) & mask;
            while (table[i] != EMPTY) i = (i + 1) & mask;
            return i;
        }

        private static void key(DataOutputStream o, String key) throws IOException {
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            if (k.length >= 0xFFFF) throw new IllegalArgumentException("a GeoNames key of " + k.length + " bytes");
            o.writeInt(hash(key));
            o.writeShort(k.length);
            o.write(k);
        }

        private static void ints(DataOutputStream o, List<Integer> values) throws IOException {
            o.writeInt(values.size());
            for (int v : values) o.writeInt(v);
        }
    }
}
