package org.newsgraph.annotate.entities;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.newsgraph.core.model.EntityType;

/**
 * The name keys of the shipped first names ({@code first-names.txt}, {@code first-names-en.txt}) and trained types
 * ({@code trained-types.tsv}). Computing them ({@link NameKeys#key} for 10,000 names, every Cyrillic one under
 * every ending folder) was a tenth of one article's start-up CPU, so the build computes them once ({@link #main},
 * run by Maven after compiling this module) into {@code name-keys.bin}. That table is used only when it was made
 * from the very same word lists (a checksum of their bytes) and the same ending folders as the running process
 * has (a language pack added or changed since makes the keys be computed again, as before).
 */
public final class NameKeyTable {
    static final String TABLE = "name-keys.bin";
    private static final List<String> FIRST_NAMES = List.of("first-names.txt", "first-names-en.txt");
    private static final String TRAINED = "trained-types.tsv";
    private static final int MAGIC = 0x4E474B31; // "NGK1"

    private NameKeyTable() {
    }

    /** The keys of the shipped first names, and the trained types by key. */
    record NameKeySets(Set<String> firstNames, Map<String, EntityType> trained) {
    }

    /** The keys under the given folders: from the build's table when it matches, else computed. */
    static NameKeySets load(List<EndingFolder> folders) {
        String stamp = stamp(folders);
        try (InputStream in = NameKeyTable.class.getResourceAsStream(TABLE)) {
            if (in != null) {
                NameKeySets sets = read(in.readAllBytes(), stamp);
                if (sets != null) return sets;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return compute(folders);
    }

    /** The keys computed from the word lists, as the build does. */
    static NameKeySets compute(List<EndingFolder> folders) {
        Set<String> firstNames = new HashSet<>();
        for (String resource : FIRST_NAMES) {
            for (String name : readWords(resource)) {
                if (!NameKeys.hasCyrillic(name)) firstNames.add(NameKeys.key(name, EndingFolder.NONE));
                else for (EndingFolder f : folders) firstNames.add(NameKeys.key(name, f));
            }
        }
        Map<String, EntityType> trained = new HashMap<>();
        for (String line : readLines(TRAINED)) {
            int tab = line.indexOf('\t');
            if (tab < 0) continue;
            EntityType type = EntityType.valueOf(line.substring(tab + 1).strip());
            String name = line.substring(0, tab);
            if (!NameKeys.hasCyrillic(name)) trained.putIfAbsent(NameKeys.key(name, EndingFolder.NONE), type);
            else for (EndingFolder f : folders) trained.putIfAbsent(NameKeys.key(name, f), type);
        }
        return new NameKeySets(firstNames, trained);
    }

    /** The word lists' bytes and the folders' endings, as one checksum the table must carry to be used. */
    static String stamp(List<EndingFolder> folders) {
        CRC32 crc = new CRC32();
        List<String> resources = new ArrayList<>(FIRST_NAMES);
        resources.add(TRAINED);
        for (String resource : resources) {
            byte[] bytes = bytes(resource);
            crc.update(bytes.length >>> 16);
            crc.update(bytes.length);
            crc.update(bytes);
        }
        StringBuilder endings = new StringBuilder();
        for (EndingFolder f : folders) endings.append(f.describe()).append(';');
        crc.update(endings.toString().getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue()) + "/" + endings.length();
    }

    /** Writes the table of the given keys, stamped as made from the given folders. */
    static byte[] write(NameKeySets sets, String stamp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 18);
        DataOutputStream o = new DataOutputStream(bytes);
        o.writeInt(MAGIC);
        o.writeUTF(stamp);
        // sorted, so the same lists give the same bytes whatever the hash order
        List<String> first = new ArrayList<>(sets.firstNames());
        first.sort(null);
        o.writeInt(first.size());
        for (String k : first) o.writeUTF(k);
        List<String> keys = new ArrayList<>(sets.trained().keySet());
        keys.sort(null);
        o.writeInt(keys.size());
        for (String k : keys) {
            o.writeUTF(k);
            o.writeByte(sets.trained().get(k).ordinal());
        }
        o.flush();
        return bytes.toByteArray();
    }

    /** The keys of a table, or null when it is of another format or stamp. */
    static NameKeySets read(byte[] table, String stamp) {
        try (java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(table))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) return null;
            int n = in.readInt();
            Set<String> first = new HashSet<>(n * 2);
            for (int i = 0; i < n; i++) first.add(in.readUTF());
            n = in.readInt();
            EntityType[] types = EntityType.values();
            Map<String, EntityType> trained = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) trained.put(in.readUTF(), types[in.readUnsignedByte()]);
            return new NameKeySets(first, trained);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged table: the keys are computed instead
        }
    }

    private static List<String> readWords(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : readLines(resource)) {
            for (String w : line.strip().split("\\s+")) out.add(w);
        }
        return out;
    }

    private static List<String> readLines(String resource) {
        List<String> out = new ArrayList<>();
        try (java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.StringReader(new String(bytes(resource), StandardCharsets.UTF_8)))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = NameKeyTable.class.getResourceAsStream(resource)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Writes the table for the installed language packs: {@code NameKeyTable OUT.bin}. Run by the build. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: NameKeyTable OUT.bin");
        List<EndingFolder> folders = EntityAnnotator.endingFolders();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, write(compute(folders), stamp(folders)));
    }
}
