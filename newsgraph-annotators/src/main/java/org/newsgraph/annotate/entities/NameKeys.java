package org.newsgraph.annotate.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a name into a matching key that is the same for its spellings, diacritics, scripts and (with an ending
 * folder) its case endings: "Tokayev", "Tokaev", "Tokaïev", "Токаев" and "Токаева" all give {@code tokaev}.
 *
 * <p>Cyrillic is mapped letter by letter with {@link CyrillicTable}, which a test pins to ICU's
 * {@code Russian-Latin/BGN} transform (calling ICU for every token costs ~20 µs and its first use over a second;
 * the table costs nanoseconds). The Latin result is then
 * folded phonetically (zh→j, kh→h, ou→u, y/j→i, doubled letters, a final vowel) so that English, French and
 * transliterated spellings of one name meet.
 */
final class NameKeys {
    private static final String[] CYRILLIC_TO_LATIN = CyrillicTable.LOWER;
    /** {@link #firstLatin} of the characters below U+0500 (Latin, Greek, Cyrillic), made by {@link #toLatin} itself. */
    private static final char[] FIRST_LATIN = new char[0x500];

    static {
        for (char c = 0; c < FIRST_LATIN.length; c++) FIRST_LATIN[c] = firstOf(toLatin(String.valueOf(c)));
    }

    private NameKeys() {
    }

    /** The words of a name: split on spaces, hyphens and dots, apostrophes kept inside words. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean letter = i < name.length() && isWordChar(name.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                out.add(name.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '_';
    }

    /** Key of a whole name: the keys of its words joined by single spaces. */
    static String key(String name, EndingFolder endings) {
        StringBuilder b = new StringBuilder();
        for (String w : words(name)) {
            if (w.endsWith("'s") || w.endsWith("’s")) w = w.substring(0, w.length() - 2); // "General's" is "General"
            String k = wordKey(w, endings);
            if (k.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(k);
        }
        return b.toString();
    }

    /** Key of one word. */
    static String wordKey(String word, EndingFolder endings) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (hasCyrillic(lower)) lower = endings.fold(lower);
        return fold(toLatin(lower));
    }

    static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x400 && c < 0x500) return true;
        }
        return false;
    }

    /** Lower-case ASCII letters and digits of a lower-cased word; Cyrillic via the BGN table, diacritics dropped. */
    static String toLatin(String lower) {
        StringBuilder b = new StringBuilder(lower.length() + 4);
        boolean ascii = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 0x400 && c < 0x500) {
                b.append(CYRILLIC_TO_LATIN[c - 0x400]);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            } else if (c > 0x7f && Character.isLetter(c)) {
                b.append(c);
                ascii = false;
            }
        }
        if (ascii) return b.toString();
        String decomposed = Normalizer.normalize(b, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c < 0x80) out.append(c);
            else if (c == 'ß') out.append("ss");
            else if (c == 'æ') out.append("ae");
            else if (c == 'œ') out.append("oe");
            else if (c == 'ø') out.append('o');
            else if (c == 'ł') out.append('l');
            else if (c == 'ı') out.append('i');
        }
        return out.toString();
    }

    /**
     * The first character {@link #toLatin} gives for one lower-case character, 0 when it gives none: the initial of
     * a word or the letter of an acronym, read per word without building a string.
     */
    static char firstLatin(char lower) {
        return lower < FIRST_LATIN.length ? FIRST_LATIN[lower] : firstOf(toLatin(String.valueOf(lower)));
    }

    private static char firstOf(String latin) {
        return latin.isEmpty() ? 0 : latin.charAt(0);
    }

    /** Phonetic folding of a lower-case ASCII word so spellings across languages meet. */
    static String fold(String w) {
        if (w.isEmpty()) return w;
        String s = w;
        if (s.indexOf('h') >= 0) {
            s = s.replace("tch", "ch").replace("zh", "j").replace("kh", "h").replace("ph", "f");
            if (s.startsWith("h") && s.length() > 1 && isVowel(s.charAt(1)) && !s.startsWith("ha")) s = s.substring(1);
        }
        if (s.indexOf('o') >= 0) s = s.replace("ou", "u");
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            switch (c) {
                case 'y', 'j' -> c = 'i';
                case 'w' -> c = 'v';
                case 'c' -> c = next == 'h' ? 'c' : 'k';
                case 'x' -> {
                    b.append('k');
                    c = 's';
                }
                case 'q' -> c = 'k';
                default -> {
                }
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) continue; // doubled letters
            b.append(c);
        }
        // an i between two vowels is a glide that one spelling writes and another drops (Tokayev / Tokaev)
        for (int i = b.length() - 2; i >= 1; i--) {
            if (b.charAt(i) == 'i' && isVowel(b.charAt(i - 1)) && isVowel(b.charAt(i + 1))) b.deleteCharAt(i);
        }
        if (b.length() > 3 && isVowel(b.charAt(b.length() - 1))) b.setLength(b.length() - 1);
        return b.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
