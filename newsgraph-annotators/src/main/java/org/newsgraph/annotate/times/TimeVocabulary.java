package org.newsgraph.annotate.times;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.lang.Lexicon;

/**
 * The words and phrases of one language that mean something to the time grammar, each with a category
 * ({@code MONTH}, {@code WEEKDAY}, {@code ZONE}…) and a value, read from the {@code times-words} lexicon:
 * {@code term TAB CATEGORY TAB value [TAB cased|lower]}. A term may be several words ("heure de Moscou"); {@code cased}
 * means it counts only when written with a capital (English "May" the month, not the verb), {@code lower} only
 * without one (Russian "октябрьский" the month, not "Октябрьский район"). A term starting with
 * {@code *} is a word ending ("*eront": a French future verb), matched on words of {@value #MIN_SUFFIXED} letters or more.
 */
final class TimeVocabulary {

    /** One reading of the tokens at a position: its category, value and how many tokens it covers. */
    record Entry(String category, String value, int length, Case letterCase) {
    }

    /** How the first letter of a term must be written for it to count. */
    enum Case {
        ANY, CAPITAL, LOWER;

        static Case of(String flag) {
            return switch (flag.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "" -> ANY;
                case "cased" -> CAPITAL;
                case "lower" -> LOWER;
                default -> throw new IllegalArgumentException("unknown flag '" + flag + "': use cased or lower");
            };
        }

        boolean accepts(boolean capitalised) {
            return this == ANY || (this == CAPITAL) == capitalised;
        }
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Entry> entries = new ArrayList<>(1);
    }

    static final int MIN_SUFFIXED = 6;

    private final Node root = new Node();
    private final List<Entry> suffixes = new ArrayList<>();
    private final List<String> suffixTexts = new ArrayList<>();

    TimeVocabulary(Lexicon words) {
        for (List<String> row : words.rows()) {
            if (row.size() < 2) {
                throw new IllegalArgumentException(words.name() + ": row '" + String.join("\t", row)
                        + "' needs at least a term and a category");
            }
            if (row.get(0).startsWith("*") && row.get(0).length() > 1) {
                suffixTexts.add(TimeTokenizer.fold(row.get(0).substring(1)));
                suffixes.add(new Entry(row.get(1), row.size() > 2 ? row.get(2) : "", 1, Case.ANY));
                continue;
            }
            List<TimeToken> keys = TimeTokenizer.tokenize(row.get(0), 0, row.get(0).length());
            if (keys.isEmpty()) continue;
            Node n = root;
            for (TimeToken k : keys) n = n.next.computeIfAbsent(k.key(), x -> new Node());
            Case letterCase;
            try {
                letterCase = Case.of(row.size() > 3 ? row.get(3) : "");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(words.name() + ": row '" + String.join("\t", row) + "': " + e.getMessage(), e);
            }
            n.entries.add(new Entry(row.get(1), row.size() > 2 ? row.get(2) : "", keys.size(), letterCase));
        }
    }

    /** Every reading of the tokens starting at {@code i}, longest first; never crosses a paragraph break. */
    List<Entry> at(List<TimeToken> tokens, int i) {
        List<Entry> found = null;
        Node n = root;
        for (int k = i; k < tokens.size(); k++) {
            if (k > i && tokens.get(k).afterBreak()) break;
            n = n.next.get(tokens.get(k).key());
            if (n == null) break;
            for (Entry e : n.entries) {
                if (!e.letterCase().accepts(tokens.get(i).capitalised())) continue;
                if (found == null) found = new ArrayList<>(2);
                found.add(0, e);
            }
        }
        return found == null ? List.of() : found;
    }

    /** True when the ending of the word has the category ("*eront" FUTURE). */
    boolean endsWith(TimeToken t, String category) {
        if (t.kind() == TimeToken.Kind.WORD && t.key().length() >= MIN_SUFFIXED) {
            for (int k = 0; k < suffixes.size(); k++) {
                if (suffixes.get(k).category().equals(category) && t.key().endsWith(suffixTexts.get(k))) return true;
            }
        }
        return false;
    }
}
