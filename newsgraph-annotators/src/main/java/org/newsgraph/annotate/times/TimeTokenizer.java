package org.newsgraph.annotate.times;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into {@link TimeToken}s. The time grammar needs pieces finer than words ("20h00" is 20, h, 00;
 * "05.01.2022" is five pieces) so it tokenises on its own, in one linear pass.
 */
final class TimeTokenizer {
    private TimeTokenizer() {
    }

    /** Tokens of {@code text[from, to)}, offsets into {@code text}. */
    static List<TimeToken> tokenize(String text, int from, int to) {
        List<TimeToken> out = new ArrayList<>();
        boolean space = true;
        boolean lineBreak = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = true;
                if (c == '\n' || c == '\r') lineBreak = true;
                i++;
                continue;
            }
            int start = i;
            TimeToken.Kind kind;
            if (Character.isDigit(c)) {
                while (i < to && Character.isDigit(text.charAt(i))) i++;
                kind = TimeToken.Kind.DIGITS;
            } else if (Character.isLetter(c)) {
                while (i < to && (Character.isLetter(text.charAt(i)) || isMark(text.charAt(i)))) i++;
                kind = TimeToken.Kind.WORD;
            } else {
                i++;
                kind = TimeToken.Kind.SYMBOL;
            }
            String raw = text.substring(start, i);
            out.add(new TimeToken(start, i, fold(raw), kind, !space, lineBreak && !out.isEmpty(),
                    Character.isUpperCase(c)));
            space = false;
            lineBreak = false;
        }
        return out;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** The comparison form of a piece: lower case, diacritics removed, apostrophes and dashes unified. */
    static String fold(String raw) {
        String s = raw.toLowerCase(Locale.ROOT);
        boolean plain = true;
        for (int k = 0; k < s.length() && plain; k++) plain = isPlain(s.charAt(k));
        if (plain) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : Normalizer.normalize(s, Normalizer.Form.NFD).toCharArray()) {
            int t = Character.getType(ch);
            if (t == Character.NON_SPACING_MARK) continue;
            b.append(switch (ch) {
                case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> '\'';
                case '\u2013', '\u2014', '\u2011', '\u2010', '\u2212' -> '-';
                default -> ch;
            });
        }
        return b.toString();
    }

    /** ASCII letters and digits, and Cyrillic letters other than й and ё, fold to themselves: no need to decompose. */
    private static boolean isPlain(char c) {
        if (c < 0x80) return c != '`';
        return c >= '\u0430' && c <= '\u044f' && c != '\u0439';
    }
}
