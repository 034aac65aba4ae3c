package org.newsgraph.annotate.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.Token;

/**
 * Splits text into words, numbers, quotation marks and punctuation in one left-to-right pass. Language knowledge
 * comes in as two word lists: elided words that end at an apostrophe ("l’", "d’") and clitics that start at one
 * ("’s"). Numbers keep their group separators ("4 578" with a space, thin or no-break space; "4,578"; "4,5") so
 * the figures layer sees one token per number.
 */
public final class Tokenizer {
    private final Set<String> elisions;
    private final Set<String> clitics;

    public Tokenizer(Set<String> elisions, Set<String> clitics) {
        this.elisions = Set.copyOf(elisions);
        this.clitics = Set.copyOf(clitics);
    }

    /** Tokens of {@code text[from, to)} in order. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u200B' || c == '\uFEFF') {
                i++;
            } else if (Character.isDigit(c)) {
                i = number(text, i, to, out);
            } else if (Character.isLetter(c)) {
                i = word(text, i, to, out);
            } else if (Quotes.isQuote(c) && !isApostropheInWord(text, i, to)) {
                out.add(new Token(i, i + 1, Token.Kind.QUOTE));
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                out.add(new Token(i, i + 2, Token.Kind.PUNCT));
                i += 2;
            } else {
                int end = i + 1;
                if (c == '.') while (end < to && text.charAt(end) == '.') end++;
                out.add(new Token(i, end, Token.Kind.PUNCT));
                i = end;
            }
        }
        return out;
    }

    private static boolean isApostropheInWord(String text, int i, int to) {
        return Quotes.isApostrophe(text.charAt(i)) && i > 0 && Character.isLetter(text.charAt(i - 1))
                && i + 1 < to && Character.isLetter(text.charAt(i + 1));
    }

    private int number(String text, int start, int to, List<Token> out) {
        int i = digits(text, start, to);
        // Space-grouped thousands start with a group of one to three digits: "2022 225" is two numbers.
        boolean spaceGroupsAllowed = i - start <= 3;
        while (i < to) {
            char c = text.charAt(i);
            if (spaceGroupsAllowed && isGroupSpace(c) && i + 4 <= to && threeDigitsThenBoundary(text, i + 1, to)) {
                i = i + 4;
            } else if ((c == ',' || c == '.') && i + 1 < to && Character.isDigit(text.charAt(i + 1))) {
                spaceGroupsAllowed = false;
                i = digits(text, i + 1, to);
            } else {
                break;
            }
        }
        if (i < to && Character.isLetter(text.charAt(i))) {
            // "20h00", "5th", "1er": a word made of digits and letters, not an amount.
            int end = i;
            while (end < to && Character.isLetterOrDigit(text.charAt(end))) end++;
            out.add(new Token(start, end, Token.Kind.WORD));
            return end;
        }
        out.add(new Token(start, i, Token.Kind.NUMBER));
        return i;
    }

    private static int digits(String text, int i, int to) {
        while (i < to && Character.isDigit(text.charAt(i))) i++;
        return i;
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007';
    }

    private static boolean threeDigitsThenBoundary(String text, int i, int to) {
        for (int k = 0; k < 3; k++) {
            if (!Character.isDigit(text.charAt(i + k))) return false;
        }
        return i + 3 >= to || !Character.isLetterOrDigit(text.charAt(i + 3));
    }

    private int word(String text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '-' || c == '\u2010' || c == '\u2011') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else if (Quotes.isApostrophe(c) && i + 1 < to && Character.isLetter(text.charAt(i + 1))) {
                String before = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (elisions.contains(before)) {
                    out.add(new Token(start, i + 1, Token.Kind.WORD));
                    return i + 1;
                }
                int after = i + 1;
                while (after < to && Character.isLetter(text.charAt(after))) after++;
                if (clitics.contains(text.substring(i + 1, after).toLowerCase(Locale.ROOT))) {
                    out.add(new Token(start, i, Token.Kind.WORD));
                    out.add(new Token(i, after, Token.Kind.WORD));
                    return after;
                }
                i++;
            } else if (c == '.' && i - start == 1 && Character.isUpperCase(text.charAt(start))
                    && i + 2 < to && Character.isUpperCase(text.charAt(i + 1)) && text.charAt(i + 2) == '.') {
                // Dotted initialisms: "U.S.", "U.N." stay one word with their final period.
                i += 3;
                while (i + 1 < to && Character.isUpperCase(text.charAt(i)) && text.charAt(i + 1) == '.') i += 2;
                out.add(new Token(start, i, Token.Kind.WORD));
                return i;
            } else {
                break;
            }
        }
        out.add(new Token(start, i, Token.Kind.WORD));
        return i;
    }
}
