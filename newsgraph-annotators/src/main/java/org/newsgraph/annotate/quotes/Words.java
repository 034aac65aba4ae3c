package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words for the speech cues: letters and digits with inner hyphens and apostrophes. A short elided
 * prefix ("qu'", "l'", "d'") becomes a word of its own so that "qu'au" yields the complementizer "qu'".
 * One pass over the characters; no regular expressions.
 */
final class Words {
    private Words() {
    }

    static String normalise(String s) {
        return normalise(s, 0, s.length());
    }

    /** Lower case, typographic apostrophes made plain, ё as е; one pass, one allocation. */
    static String normalise(CharSequence s, int from, int to) {
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '’' || c == 'ʼ') c = '\'';
            else if (c == 'ё' || c == 'Ё') c = 'е';
            else if (c < 128) c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            else c = Character.toLowerCase(c);
            out[i - from] = c;
        }
        return new String(out);
    }

    /** The normalised words of a phrase from a data file. */
    static List<String> split(String phrase) {
        List<String> out = new ArrayList<>();
        for (Word w : scan(phrase, 0, phrase.length())) out.add(w.norm());
        return out;
    }

    static List<Word> scan(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            if ((c == 'h' || c == 'w') && startsUrl(text, i, to)) {
                while (i < to && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != ')' && text.charAt(i) != ']') i++;
                continue; // a link is not words
            }
            int start = i;
            int end = i + 1;
            while (end < to) {
                char d = text.charAt(end);
                if (Character.isLetterOrDigit(d)) {
                    end++;
                } else if ((d == '.' || d == ',') && Character.isDigit(text.charAt(end - 1)) && end + 1 < to
                        && Character.isDigit(text.charAt(end + 1))) {
                    end++; // "20.000", "4,5": one number
                } else if (isApostrophe(d) && isElidedPrefix(text, start, end) && (end + 1 >= to || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
                    end++; // an elided word standing alone keeps its apostrophe: "qu'"
                    break;
                } else if (isJoiner(d) && end + 1 < to && Character.isLetterOrDigit(text.charAt(end + 1))) {
                    if (isApostrophe(d) && isElidedPrefix(text, start, end) && Character.isLowerCase(text.charAt(end + 1))) {
                        // elision: "qu'au" -> "qu'" + "au"
                        out.add(new Word(start, end + 1, normalise(text, start, end + 1)));
                        start = end + 1;
                        end = start;
                    }
                    end++;
                } else {
                    break;
                }
            }
            out.add(new Word(start, end, normalise(text, start, end)));
            i = end;
        }
        return out;
    }

    static boolean startsUrl(String text, int i, int to) {
        return text.startsWith("http://", i) || text.startsWith("https://", i) || text.startsWith("www.", i);
    }

    /** "l'", "d'", "qu'", "jusqu'": one letter, or ending in "qu" (not "it's", "don't"). */
    private static boolean isElidedPrefix(String text, int start, int end) {
        return end - start == 1 || end - start >= 2 && Character.toLowerCase(text.charAt(end - 2)) == 'q'
                && Character.toLowerCase(text.charAt(end - 1)) == 'u';
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2011' || isApostrophe(c);
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }
}
