package org.newsgraph.cli.eval;

import com.ibm.icu.lang.UCharacter;
import java.text.Normalizer.Form;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string comparison of docs/format.md §4, as the reference scorer does it: typographic apostrophes, quotation
 * marks, dashes and no-break spaces unified; NFKD; combining marks removed; full Unicode case folding; white space
 * collapsed. Lengths count code points, as Python's do.
 */
final class Normalizer {
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private Normalizer() {
    }

    static String norm(String s) {
        if (s == null) return "";
        StringBuilder t = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) t.append(unify(s.charAt(i)));
        String d = java.text.Normalizer.normalize(t, Form.NFKD);
        StringBuilder kept = new StringBuilder(d.length());
        d.codePoints().filter(cp -> UCharacter.getCombiningClass(cp) == 0).forEach(kept::appendCodePoint);
        String folded = UCharacter.foldCase(kept.toString(), UCharacter.FOLD_CASE_DEFAULT);
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }

    private static char unify(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '`', '\u00b4' -> '\'';
            case '\u00ab', '\u00bb', '\u201c', '\u201d', '\u201e' -> '"';
            case '\u2013', '\u2014', '\u2011' -> '-';
            case '\u00a0', '\u202f' -> ' ';
            default -> c;
        };
    }

    /** The set of words (letters, digits, underscore) of the normalised string. */
    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(norm(s));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Dice overlap of the two word sets; 0 when either is empty. */
    static double dice(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) return 0.0;
        int common = 0;
        for (String w : wa) if (wb.contains(w)) common++;
        return 2.0 * common / (wa.size() + wb.size());
    }

    /** Dice overlap when at least 0.5, else 0: a match score for quotes and times. */
    static double textMatch(String a, String b) {
        double d = dice(a, b);
        return d >= 0.5 ? d : 0;
    }

    /**
     * Equality, or containment of the shorter normalised name in the longer one when the shorter has at least three
     * characters and the longer at most five more words. Empty names never match.
     */
    static boolean namesMatch(Set<String> predicted, Set<String> gold) {
        for (String p : predicted) {
            for (String g : gold) {
                if (p.isEmpty() || g.isEmpty()) continue;
                if (p.equals(g)) return true;
                boolean pShorter = length(p) <= length(g);
                String shortName = pShorter ? p : g;
                String longName = pShorter ? g : p;
                int extraWords = wordCount(longName) - wordCount(shortName);
                if (length(shortName) >= 3 && extraWords <= 5 && longName.contains(shortName)) return true;
            }
        }
        return false;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
