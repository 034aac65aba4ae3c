package org.newsgraph.core.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A list of entries read from a UTF-8 data file: one entry per line, fields separated by a tab, {@code #} starts a
 * comment line, blank lines are ignored. The first field is the term; the others are its values.
 */
public final class Lexicon {
    private static final Lexicon EMPTY = new Lexicon("(empty)", List.of(), new int[0]);

    private final String name;
    private final List<List<String>> rows;
    /** The file line of each row (1-based), for messages. */
    private final int[] lines;
    private final Map<String, List<String>> byTerm;

    private Lexicon(String name, List<List<String>> rows, int[] lines) {
        this.name = name;
        this.rows = List.copyOf(rows);
        this.lines = lines;
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (List<String> row : rows) {
            map.putIfAbsent(row.get(0).toLowerCase(Locale.ROOT), row.subList(1, row.size()));
        }
        this.byTerm = Collections.unmodifiableMap(map);
    }

    public static Lexicon empty() {
        return EMPTY;
    }

    /** Parses a lexicon from a stream; the stream is closed. */
    public static Lexicon read(String name, InputStream in) {
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                List<String> fields = new ArrayList<>();
                for (String f : line.split("\t", -1)) fields.add(f.strip());
                rows.add(List.copyOf(fields));
                lines.add(number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name + ": " + e.getMessage(), e);
        }
        return new Lexicon(name, rows, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Builds a lexicon from rows of fields, for tests and generated data. */
    public static Lexicon of(String name, List<List<String>> rows) {
        int[] lines = new int[rows.size()];
        for (int i = 0; i < lines.length; i++) lines[i] = i + 1;
        return new Lexicon(name, rows, lines);
    }

    /** The line of the file row {@code index} was read from (1-based; the row number for built lexicons). */
    public int line(int index) {
        return lines[index];
    }

    public String name() {
        return name;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Every row with all its fields, in file order. */
    public List<List<String>> rows() {
        return rows;
    }

    /** The terms (first fields), lower-cased. */
    public Set<String> terms() {
        return byTerm.keySet();
    }

    /** The terms, lower-cased, as a new mutable set. */
    public Set<String> termSet() {
        return new HashSet<>(byTerm.keySet());
    }

    public boolean contains(String term) {
        return byTerm.containsKey(term.toLowerCase(Locale.ROOT));
    }

    /** The first value of a term (its second field), or empty string when the row has one field. */
    public String value(String term) {
        List<String> v = byTerm.get(term.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** All values of a term, or an empty list. */
    public List<String> values(String term) {
        List<String> v = byTerm.get(term.toLowerCase(Locale.ROOT));
        return v == null ? List.of() : v;
    }

    /** Term (lower-cased) to its first value. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        byTerm.forEach((k, v) -> m.put(k, v.isEmpty() ? "" : v.get(0)));
        return m;
    }
}
