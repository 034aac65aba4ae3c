package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Splits a stretch of text into the tokens the figures rules match on. Numbers in digits are read whole by
 * {@link DigitReader}, so how the shared segmenter groups digits does not matter here. Words split after an elided
 * article ("l'", "qu'") and at inner hyphens ("quatre-vingt" is two words), so lexicon phrases are written with spaces.
 */
final class Tokenizer {
    private final char decimal;
    private final Predicate<String> isScaleWord;

    Tokenizer(char decimal, Predicate<String> isScaleWord) {
        this.decimal = decimal;
        this.isScaleWord = isScaleWord;
    }

    /** The normalised form words are compared in: lower case, ё as е, one kind of apostrophe. */
    static String normalize(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char r = switch (c) {
                case 'ё' -> 'е';
                case '’', '‘', 'ʼ', '`', '´' -> '\'';
                default -> c;
            };
            if (r != c) {
                if (b == null) b = new StringBuilder(t);
                b.setCharAt(i, r);
            }
        }
        return b == null ? t : b.toString();
    }

    List<Tok> tokenize(String text, int from, int to) {
        List<Tok> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || isInnerHyphen(text, i, from, to)) {
                i++;
            } else if (DigitReader.isAsciiDigit(c)) {
                DigitReader.Result r = DigitReader.read(text, i, to, decimal, at -> scaleWordAt(text, at, to));
                out.add(new Tok(i, r.end(), text.substring(i, r.end()),
                        r.countable() ? Tok.Kind.NUMBER : Tok.Kind.NON_COUNT, r.value(), false, false));
                i = r.end();
            } else if (Character.isLetter(c)) {
                int end = wordEnd(text, i, to);
                String word = text.substring(i, end);
                out.add(new Tok(i, end, normalize(word), Tok.Kind.WORD, 0, Character.isUpperCase(c), isAcronym(word)));
                i = end;
            } else {
                out.add(new Tok(i, i + 1, punct(c), Tok.Kind.PUNCT, 0, false, false));
                i++;
            }
        }
        return out;
    }

    /** The words of a lexicon phrase, normalised and split the way text is. */
    static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (Tok t : new Tokenizer('.', w -> false).tokenize(phrase, 0, phrase.length())) out.add(t.norm());
        return out;
    }

    private static int wordEnd(String text, int i, int to) {
        int j = i;
        while (j < to) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '_') {
                j++;
            } else if (isApostrophe(c) && j + 1 == to) {
                return j + 1; // an elided word closing a lexicon phrase ("près d'", "qu'")
            } else if (isApostrophe(c) && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                // "'s" stays with its noun (Prosecutor General's); any other apostrophe ends an elided word (l', qu')
                boolean possessive = (text.charAt(j + 1) == 's' || text.charAt(j + 1) == 'S')
                        && (j + 2 >= to || !Character.isLetter(text.charAt(j + 2)));
                return possessive ? j + 2 : j + 1;
            } else {
                return j;
            }
        }
        return j;
    }

    private boolean scaleWordAt(String text, int at, int to) {
        if (at >= to || !Character.isLetter(text.charAt(at))) return false;
        int end = at;
        while (end < to && Character.isLetter(text.charAt(end))) end++;
        return isScaleWord.test(normalize(text.substring(at, end)));
    }

    /** A hyphen between two letters joins the parts of one word; it is not a token of its own. */
    private static boolean isInnerHyphen(String text, int i, int from, int to) {
        char c = text.charAt(i);
        return (c == '-' || c == '\u2011') && i > from && i + 1 < to
                && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1));
    }

    private static boolean isAcronym(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 2;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    private static String punct(char c) {
        return switch (c) {
            case '«', '»', '“', '”', '„', '"', '‟', '‹', '›' -> "\"";
            case '–', '—', '‒', '―', '-', '‑', '−' -> "-";
            default -> String.valueOf(c);
        };
    }
}
