package org.newsgraph.annotate.times;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.text.FormTable;
import org.newsgraph.core.text.Normalizer;
import org.newsgraph.core.text.Words;

/**
 * The words and phrases of one language that mean something to the time grammar, each with a category
 * ({@code MONTH}, {@code WEEKDAY}, {@code ZONE}…) and a value, read from the {@code times-words} lexicon:
 * {@code term TAB CATEGORY TAB value [TAB flags]}. A term may be several words ("heure de Moscou"). Flags, separated by
 * commas: {@code cased} means it counts only when written with a capital (English "May" the month, not the verb),
 * {@code lower} only without one (Russian "октябрьский" the month, not "Октябрьский район"); {@code deictic} marks a
 * word counted from the publication date ("hier", "three days ago"), {@code anaphoric} one counted from the day the
 * text is talking about ("la veille", "three days later", "спустя"). A term starting with
 * {@code *} is a word ending ("*eront": a French future verb), matched on words of {@value #MIN_SUFFIXED} letters or more.
 */
final class TimeVocabulary {

    /** One reading of the tokens at a position: its category, value and how many tokens it covers. */
    record Entry(String category, String value, int length, Case letterCase, boolean anaphoric) {
    }

    /** How the first letter of a term must be written for it to count. */
    enum Case {
        ANY, CAPITAL, LOWER;

        static Case of(List<String> flags) {
            if (flags.contains("cased")) return CAPITAL;
            return flags.contains("lower") ? LOWER : ANY;
        }

        boolean accepts(boolean capitalised) {
            return this == ANY || (this == CAPITAL) == capitalised;
        }
    }

    private static final class Node {
        /** Filled while the rows are read; {@link #freeze} makes {@link #byForm} of it. */
        Map<String, Node> next = new HashMap<>();
        /** The next words by form id: the look-up per piece of every document. */
        FormTable<Node> byForm;
        final List<Entry> entries = new ArrayList<>(1);

        void freeze() {
            byForm = FormTable.of(next);
            for (Node n : next.values()) n.freeze();
            next = null;
        }
    }

    static final int MIN_SUFFIXED = 6;

    private final Node root = new Node();
    private final List<Entry> suffixes = new ArrayList<>();
    private final List<String> suffixTexts = new ArrayList<>();

    TimeVocabulary(Lexicon words, Normalizer normalizer) {
        for (List<String> row : words.rows()) {
            if (row.size() < 2) {
                throw new IllegalArgumentException(words.name() + ": row '" + String.join("\t", row)
                        + "' needs at least a term and a category");
            }
            List<String> flags;
            try {
                flags = flags(row.size() > 3 ? row.get(3) : "");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(words.name() + ": row '" + String.join("\t", row) + "': " + e.getMessage(), e);
            }
            boolean anaphoric = flags.contains("anaphoric");
            if (row.get(0).startsWith("*") && row.get(0).length() > 1) {
                suffixTexts.add(normalizer.normalize(row.get(0).substring(1)));
                suffixes.add(new Entry(row.get(1), row.size() > 2 ? row.get(2) : "", 1, Case.ANY, anaphoric));
                continue;
            }
            Words keys = Words.of(row.get(0), normalizer);
            if (keys.isEmpty()) continue;
            Entry entry = new Entry(row.get(1), row.size() > 2 ? row.get(2) : "", keys.size(), Case.of(flags), anaphoric);
            add(keys, normalizer, false, entry);
            // a text written without its accents ("apres", "fevrier") still reads the term
            add(keys, normalizer, true, entry);
        }
        root.freeze();
    }

    private void add(Words keys, Normalizer normalizer, boolean withoutDiacritics, Entry entry) {
        Node n = root;
        for (int k = 0; k < keys.size(); k++) {
            String key = withoutDiacritics ? normalizer.withoutDiacritics(keys.norm(k)) : keys.norm(k);
            n = n.next.computeIfAbsent(key, x -> new Node());
        }
        if (!n.entries.contains(entry)) n.entries.add(entry);
    }

    private static final java.util.Set<String> FLAGS = java.util.Set.of("cased", "lower", "deictic", "anaphoric");

    private static List<String> flags(String column) {
        List<String> out = new ArrayList<>(2);
        for (String f : column.split(",")) {
            String flag = f.strip().toLowerCase(java.util.Locale.ROOT);
            if (flag.isEmpty()) continue;
            if (!FLAGS.contains(flag)) {
                throw new IllegalArgumentException("unknown flag '" + flag + "': use cased, lower, deictic or anaphoric");
            }
            out.add(flag);
        }
        if (out.contains("deictic") && out.contains("anaphoric")) {
            throw new IllegalArgumentException("a word is deictic or anaphoric, not both");
        }
        return out;
    }

    /** Every reading of the pieces starting at {@code i}, longest first; never crosses a paragraph break. */
    List<Entry> at(Words words, int i) {
        List<Entry> found = null;
        Node n = root;
        for (int k = i; k < words.size(); k++) {
            if (k > i && TimeScan.breakBefore(words, k)) break;
            n = n.byForm.get(words.formId(k));
            if (n == null) break;
            for (Entry e : n.entries) {
                if (!e.letterCase().accepts(words.capitalised(i))) continue;
                if (found == null) found = new ArrayList<>(2);
                found.add(0, e);
            }
        }
        return found == null ? List.of() : found;
    }

    /** True when the ending of the word has the category ("*eront" FUTURE). */
    boolean endsWith(Words words, int i, String category) {
        String key = words.norm(i);
        if (words.isWord(i) && key.length() >= MIN_SUFFIXED) {
            for (int k = 0; k < suffixes.size(); k++) {
                if (suffixes.get(k).category().equals(category) && key.endsWith(suffixTexts.get(k))) return true;
            }
        }
        return false;
    }
}
