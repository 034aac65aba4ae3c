package org.newsgraph.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.core.lang.CoreLexicons;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.Lexicon;

/**
 * The one comparison form of words, shared by the {@link Words} layer, the {@link PhraseMatcher} and every lexicon
 * lookup: lower case, every apostrophe variant as {@code '}, every dash variant as {@code -}, every double quotation
 * mark as {@code "}, then the folding rules the language pack declares as data (its {@code folding} lexicon: a
 * character, a tab, what it becomes — Russian declares ё → е). Language knowledge stays in the pack: the rules here
 * are typographic only.
 *
 * <p>Immutable and thread-safe. Normalising a string that needs no change returns it without copying.
 */
public final class Normalizer {
    private static final Normalizer BASIC = new Normalizer(new char[0], new String[0]);

    /** Characters with a folding rule, sorted, and what each becomes (already in normal form). */
    private final char[] keys;
    private final String[] values;

    /** {@link #normalChar} of the characters below {@link #TABLED} (Latin, Greek, Cyrillic), computed once. */
    private final int[] normalChars = new int[TABLED];
    private static final int TABLED = 0x530;

    private Normalizer(char[] keys, String[] values) {
        this.keys = keys;
        this.values = values;
        for (char c = 0; c < TABLED; c++) normalChars[c] = computeNormalChar(c);
    }

    /** The typographic rules only: for text whose language has no pack. */
    public static Normalizer basic() {
        return BASIC;
    }

    /** The typographic rules plus the pack's {@code folding} lexicon ({@link CoreLexicons#FOLDING}). */
    public static Normalizer of(LanguagePack pack) {
        return of(pack.lexicon(CoreLexicons.FOLDING));
    }

    /**
     * The typographic rules plus folding rows: a single character, then what it becomes. A row with another shape
     * fails here, naming the lexicon and the row, because a silently ignored rule would change matching unseen.
     */
    public static Normalizer of(Lexicon folding) {
        Map<Character, String> rules = new TreeMap<>();
        for (List<String> row : folding.rows()) {
            if (row.size() != 2 || row.get(0).length() != 1) {
                throw new IllegalArgumentException("lexicon " + folding.name() + ": folding row " + row
                        + " must be one character, a tab, and its replacement");
            }
            rules.put(Character.toLowerCase(row.get(0).charAt(0)), BASIC.normalize(row.get(1)));
        }
        if (rules.isEmpty()) return BASIC;
        char[] k = new char[rules.size()];
        String[] v = new String[rules.size()];
        int i = 0;
        for (Map.Entry<Character, String> e : rules.entrySet()) {
            k[i] = e.getKey();
            v[i++] = e.getValue();
        }
        return new Normalizer(k, v);
    }

    /** The normal form of a whole string. */
    public String normalize(String s) {
        return normalize(s, 0, s.length());
    }

    /** The normal form of {@code s[from, to)}. */
    public String normalize(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && unchanged(s.charAt(i))) i++;
        if (i == to) return s.subSequence(from, to).toString();
        StringBuilder b = new StringBuilder(to - from);
        b.append(s, from, i);
        for (; i < to; i++) {
            char c = typographic(Character.toLowerCase(s.charAt(i)));
            int rule = keys.length == 0 || c < 128 ? -1 : Arrays.binarySearch(keys, c);
            if (rule >= 0) b.append(values[rule]);
            else b.append(c);
        }
        return b.toString();
    }

    /**
     * The normal form of one character when it is one character ({@link #normalize} of a text is these, char by
     * char), or -1 when a folding rule makes it another number of characters.
     */
    int normalChar(char c) {
        return c < TABLED ? normalChars[c] : computeNormalChar(c);
    }

    private int computeNormalChar(char c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c == '`' ? '\'' : c;
        char t = typographic(Character.toLowerCase(c));
        int rule = keys.length == 0 || t < 128 ? -1 : Arrays.binarySearch(keys, t);
        if (rule < 0) return t;
        return values[rule].length() == 1 ? values[rule].charAt(0) : -1;
    }

    /**
     * True when c is its own normal form: ASCII lower-case letters, digits and plain punctuation, and any other
     * character that lower case, the typographic rules and the folding rules leave alone ("é", "д"). A text of such
     * characters, most words, is returned without a copy.
     */
    private boolean unchanged(char c) {
        if (c < 128) return !(c >= 'A' && c <= 'Z') && c != '`';
        return typographic(Character.toLowerCase(c)) == c && (keys.length == 0 || Arrays.binarySearch(keys, c) < 0);
    }

    private static char typographic(char c) {
        return switch (c) {
            case '’', '‘', 'ʼ', '`', '´', '‛', '′' -> '\'';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            case '«', '»', '“', '”', '„', '‟', '＂', '‹', '›' -> '"';
            default -> c;
        };
    }

    /**
     * A looser form for lexicons written without accents: the normal form with diacritics removed ("février" →
     * "fevrier", "й" → "и"). Costs a decomposition only when the text has non-ASCII letters.
     */
    public String withoutDiacritics(String normalized) {
        boolean ascii = true;
        for (int i = 0; i < normalized.length() && ascii; i++) ascii = normalized.charAt(i) < 128;
        if (ascii) return normalized;
        String d = java.text.Normalizer.normalize(normalized, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) b.append(c);
        }
        return b.toString();
    }
}
