package org.newsgraph.annotate.entities;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.newsgraph.core.model.EntityType;

/**
 * The shipped GeoNames table ({@code kb/geonames.tsv.gz}) in two forms: the text the repository keeps and reviews,
 * and a compact binary copy ({@code kb/geonames.bin}) that the build writes from it ({@link #main}, run by Maven
 * after compiling this module) and the KB reads at start-up. The text form made every start decode 3 MB of
 * UTF-8, split 25,000 rows into twelve strings each (the aliases column included, though only the rows of places
 * found without a cue use it) and parse two decimal numbers per row: a fifth of one article's start-up CPU. The
 * binary copy holds the decoded values only (numbers as numbers; the aliases only where read; countries and
 * regions once, in a table of strings), so a row is a few string copies.
 *
 * <p>Both forms give the same rows to a {@link Rows}: the text is decoded by the rules the KB always applied, and
 * the binary copy is written by passing the text's rows to a writer, so the two cannot drift apart.
 */
public final class GeoNamesTable {
    static final String TEXT = "kb/geonames.tsv.gz";
    static final String BINARY = "kb/geonames.bin";
    private static final int MAGIC = 0x4E474E32; // "NGN2": the rows, then the places by name key (PlaceIndex)
    private static final byte COUNTRY = 0;
    private static final byte PLACE = 1;

    private GeoNamesTable() {
    }

    /** What a row of the table gives the KB. */
    interface Rows {
        /** A country row, as its text fields (the KB reads its id, name and population). */
        void country(String[] fields);

        /**
         * A city or region. {@code keys} are its precomputed name keys, or null when the row carries none: then
         * {@code names} (name and aliases separated by {@code |}) are to be keyed by the KB. {@code found} are the
         * names found without a cue, separated by {@code |}, or empty.
         */
        void place(KbEntry place, String[] keys, String names, String found);
    }

    /** Reads the table the build wrote, else (a build without that step) the text. False when neither is there. */
    static boolean readShipped(Rows rows) {
        byte[] bin = shippedBinary();
        if (bin != null) {
            readBinary(bin, rows);
            return true;
        }
        InputStream in = GeoNamesTable.class.getResourceAsStream(TEXT);
        if (in == null) return false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            readText(r, rows);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read KB resource " + TEXT, e);
        }
    }

    /** The binary copy the build wrote, or null (a build without that step). */
    static byte[] shippedBinary() {
        try (InputStream bin = GeoNamesTable.class.getResourceAsStream(BINARY)) {
            return bin == null ? null : bin.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read KB resource " + BINARY, e);
        }
    }

    /** Decodes the text form: type, name, id, country, lat, lon, aliases, kind, rank, region, keys, found names. */
    static void readText(BufferedReader r, Rows rows) throws IOException {
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isEmpty() || line.charAt(0) == '#') continue;
            String[] f = line.split("\t", -1);
            if (f.length < 10) continue;
            if (f[7].equals("country")) {
                rows.country(f);
                continue;
            }
            String found = field(f, 11);
            KbEntry e = found.isEmpty() ? place(f) : placeWithAliases(f);
            String precomputed = field(f, 10);
            if (precomputed.isEmpty()) {
                rows.place(e, null, f[1] + "|" + field(f, 6), found);
            } else {
                rows.place(e, splitKeys(precomputed), "", found);
            }
        }
    }

    private static String[] splitKeys(String keys) {
        if (keys.indexOf('|') < 0) return new String[] {keys};
        List<String> out = new ArrayList<>();
        for (String k : keys.split("\\|")) if (!k.isEmpty()) out.add(k);
        return out.toArray(String[]::new);
    }

    /**
     * A place row (shipped GeoNames table or a user's import) as an entry. Its aliases stay in the row: only the
     * keys of the last column are needed to link it, and keeping 25,000 alias lists would cost load time.
     */
    static KbEntry place(String[] f) {
        String country = field(f, 3);
        String id = field(f, 2);
        String name = f[1].strip();
        return new KbEntry(id.isEmpty() ? "place:" + name : id, EntityType.LOCATION, name,
                id.isEmpty() ? Optional.empty() : Optional.of(id),
                country.isEmpty() ? Optional.empty() : Optional.of(country),
                number(field(f, 4)), number(field(f, 5)), List.of(name), Set.of(), rank(field(f, 8)),
                f.length >= 11 ? field(f, 9) : "");
    }

    /** A place row with its aliases kept: a region found by its names needs them, like a hand row. */
    private static KbEntry placeWithAliases(String[] f) {
        KbEntry p = place(f);
        List<String> aliases = new ArrayList<>();
        aliases.add(p.name());
        for (String a : field(f, 6).split("\\|")) if (!a.isBlank()) aliases.add(a.strip());
        return new KbEntry(p.id(), p.type(), p.name(), p.kb(), p.country(), p.lat(), p.lon(), aliases, Set.of(),
                p.rank(), p.region());
    }

    static String field(String[] f, int i) {
        return i < f.length ? f[i].strip() : "";
    }

    static Optional<Double> number(String s) {
        if (s.isEmpty()) return Optional.empty();
        try {
            return Optional.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static long rank(String s) {
        if (s.isEmpty()) return 0;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Writes the binary form of the text table's rows. */
    static void writeBinary(BufferedReader text, OutputStream out) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        readText(text, new Rows() {
            @Override
            public void country(String[] fields) {
                rows.add(new Object[] {fields});
            }

            @Override
            public void place(KbEntry place, String[] keys, String names, String found) {
                rows.add(new Object[] {place, keys, names, found});
            }
        });
        // countries and regions repeat over thousands of rows: written once, then referred to by number
        Map<String, Integer> shared = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (Object[] row : rows) {
            if (row.length == 1) continue;
            KbEntry p = (KbEntry) row[0];
            for (String s : new String[] {p.country().orElse(""), p.region()}) {
                if (shared.putIfAbsent(s, table.size()) == null) table.add(s);
            }
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 22);
        DataOutputStream o = new DataOutputStream(buffer);
        o.writeInt(MAGIC);
        o.writeInt(0); // where the place index starts (0: none), written when known
        o.writeInt(table.size());
        for (String s : table) string(o, s);
        o.writeInt(rows.size());
        PlaceIndex.Builder index = new PlaceIndex.Builder();
        for (Object[] row : rows) {
            if (row.length == 1) {
                String[] f = (String[]) row[0];
                index.country(o.size());
                o.writeByte(COUNTRY);
                o.writeShort(f.length);
                for (String s : f) string(o, s);
                continue;
            }
            KbEntry p = (KbEntry) row[0];
            String[] keys = (String[]) row[1];
            index.place(o.size(), p, keys, (String) row[2], (String) row[3]);
            o.writeByte(PLACE);
            string(o, p.name());
            string(o, p.kb().orElse(""));
            o.writeShort(shared.get(p.country().orElse("")));
            optional(o, p.lat());
            optional(o, p.lon());
            o.writeLong(p.rank());
            o.writeShort(shared.get(p.region()));
            o.writeShort(p.aliases().size() - 1);
            for (String a : p.aliases().subList(1, p.aliases().size())) string(o, a);
            if (keys == null) {
                o.writeShort(0xFFFF);
                string(o, (String) row[2]);
            } else {
                o.writeShort(keys.length);
                for (String k : keys) string(o, k);
            }
            string(o, (String) row[3]);
        }
        int indexAt = o.size();
        boolean indexed = index.write(o);
        o.flush();
        byte[] b = buffer.toByteArray();
        if (indexed) {
            for (int i = 0; i < 4; i++) b[4 + i] = (byte) (indexAt >>> (24 - 8 * i));
        }
        out.write(b);
        out.flush();
    }

    private static void string(DataOutputStream o, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length >= 0xFFFF) throw new IllegalArgumentException("a GeoNames field of " + b.length + " bytes");
        o.writeShort(b.length);
        o.write(b);
    }

    private static void optional(DataOutputStream o, Optional<Double> d) throws IOException {
        o.writeBoolean(d.isPresent());
        o.writeDouble(d.orElse(0.0));
    }

    /** Reads the binary form written by {@link #writeBinary}. */
    static void readBinary(byte[] b, Rows rows) {
        Cursor c = new Cursor(b);
        String[] table = header(c);
        int n = c.integer();
        for (int r = 0; r < n; r++) {
            if (c.b[c.at++] == COUNTRY) {
                rows.country(countryFields(c));
                continue;
            }
            KbEntry e = placeEntry(c, table);
            int keyCount = c.u16();
            if (keyCount == 0xFFFF) {
                String names = c.string();
                rows.place(e, null, names, c.string());
            } else {
                String[] keys = new String[keyCount];
                for (int i = 0; i < keyCount; i++) keys[i] = c.string();
                rows.place(e, keys, "", c.string());
            }
        }
    }

    /** Checks the format and reads the table of shared strings; the cursor is left at the row count. */
    static String[] header(Cursor c) {
        if (c.b.length < 12 || c.integer() != MAGIC) throw new IllegalArgumentException("not a GeoNames table of this version");
        c.integer(); // the place index's position
        String[] table = new String[c.integer()];
        for (int i = 0; i < table.length; i++) table[i] = c.string();
        return table;
    }

    /** Where the place index of a binary table starts, 0 when it has none. */
    static int indexPosition(byte[] b) {
        Cursor c = new Cursor(b);
        c.at = 4;
        return c.integer();
    }

    /** The fields of a country row, the cursor after its type byte. */
    static String[] countryFields(Cursor c) {
        String[] f = new String[c.u16()];
        for (int i = 0; i < f.length; i++) f[i] = c.string();
        return f;
    }

    /** The found names of a place row, the cursor at its keys (after {@link #placeEntry}). */
    static String foundNames(Cursor c) {
        int keyCount = c.u16();
        if (keyCount == 0xFFFF) {
            c.string();
        } else {
            for (int i = 0; i < keyCount; i++) c.string();
        }
        return c.string();
    }

    /** The entry of a place row, the cursor after its type byte; left at the row's keys. */
    static KbEntry placeEntry(Cursor c, String[] table) {
        String name = c.string();
        String id = c.string();
        String country = table[c.u16()];
        Optional<Double> lat = c.optional();
        Optional<Double> lon = c.optional();
        long rank = c.longValue();
        String region = table[c.u16()];
        int more = c.u16();
        List<String> aliases;
        if (more == 0) {
            aliases = List.of(name);
        } else {
            String[] all = new String[more + 1];
            all[0] = name;
            for (int i = 1; i <= more; i++) all[i] = c.string();
            aliases = List.of(all);
        }
        return new KbEntry(id.isEmpty() ? "place:" + name : id, EntityType.LOCATION, name,
                id.isEmpty() ? Optional.empty() : Optional.of(id),
                country.isEmpty() ? Optional.empty() : Optional.of(country), lat, lon, aliases, Set.of(), rank,
                region);
    }

    /** A reading position in the binary form (big-endian, as {@link DataOutputStream} writes). */
    static final class Cursor {
        final byte[] b;
        int at;

        Cursor(byte[] b) {
            this.b = b;
        }

        int u16() {
            int v = ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
            at += 2;
            return v;
        }

        int integer() {
            return (u16() << 16) | u16();
        }

        long longValue() {
            return ((long) integer() << 32) | (integer() & 0xFFFFFFFFL);
        }

        String string() {
            int n = u16();
            if (n == 0) return "";
            String s = new String(b, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        Optional<Double> optional() {
            boolean present = b[at++] != 0;
            double d = Double.longBitsToDouble(longValue());
            return present ? Optional.of(d) : Optional.empty();
        }
    }

    /**
     * Writes the binary copy of a text table: {@code GeoNamesTable TEXT.tsv.gz OUT.bin}. Run by the build (see the
     * module's pom); the same text gives the same bytes.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: GeoNamesTable TEXT.tsv.gz OUT.bin");
        Path text = Path.of(args[0]);
        Path out = Path.of(args[1]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 21);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(text), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            writeBinary(r, bytes);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, bytes.toByteArray());
    }
}
