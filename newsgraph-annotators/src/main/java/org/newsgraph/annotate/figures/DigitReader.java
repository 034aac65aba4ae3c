package org.newsgraph.annotate.figures;

import java.util.function.Predicate;

/**
 * Reads a number written in digits, with its group and decimal separators, at one position of the text.
 *
 * <p>Counts of people are whole numbers, so the rules lean on that: a separator (space, no-break or thin space,
 * comma, dot) followed by exactly three digits groups thousands ("4 578", "4,578", "20.000"); a comma or dot followed
 * by another number of digits is a decimal point ("4,5 тыс.", "1.5 million"); the language's own decimal separator
 * stays a decimal point before a scale word even with three digits ("1,500 млн"). A fraction without a scale word
 * cannot count people and is marked as such, as are digits glued to letters, times and codes ("20h00", "3D",
 * "21:30", "11-летнего", "/4339").
 */
final class DigitReader {
    private static final int MAX_DIGITS = 10;
    private DigitReader() {
    }

    /** The number read: where it ends, its value, and whether it may count people. */
    record Result(int end, double value, boolean countable) {
    }

    /**
     * @param scaleWordAt tells whether a scale word ("million", "тыс.") starts at a text offset
     */
    static Result read(String text, int start, int limit, char decimal, Predicate<Integer> scaleWordAt) {
        int i = digitsEnd(text, start, limit);
        StringBuilder digits = new StringBuilder(text.substring(start, i));
        int firstGroup = i - start;
        boolean fraction = false;
        boolean grouped = false;
        while (i < limit) {
            char c = text.charAt(i);
            int next = digitsEnd(text, i + 1, limit);
            int n = next - (i + 1);
            if (n == 0) break;
            if (isGroupSpace(c)) {
                if (n != 3 || firstGroup > 3 || fraction) break;
                digits.append(text, i + 1, next);
                grouped = true;
            } else if (c == ',' || c == '.') {
                boolean scaleAfter = scaleWordAt.test(skipSpaces(text, next, limit));
                if (n == 3 && !(c == decimal && scaleAfter) && (firstGroup <= 3 || grouped) && !fraction) {
                    digits.append(text, i + 1, next);
                    grouped = true;
                } else {
                    digits.append('.').append(text, i + 1, next);
                    fraction = true;
                    i = next;
                    break;
                }
            } else {
                break;
            }
            i = next;
        }
        double value = Double.parseDouble(digits.toString());
        int phoneEnd = phoneTailEnd(text, i, limit);
        if (phoneEnd > i) return new Result(phoneEnd, value, false);
        // more digits than any count of people has, or a leading zero: a code, an identifier, a phone number
        boolean countable = digits.length() <= MAX_DIGITS && isFreeStanding(text, start, i, limit)
                && !(firstGroup > 1 && text.charAt(start) == '0');
        if (fraction && !scaleWordAt.test(skipSpaces(text, i, limit))) countable = false;
        return new Result(i, value, countable);
    }

    private static boolean isFreeStanding(String text, int start, int end, int limit) {
        if (start > 0) {
            char p = text.charAt(start - 1);
            if (Character.isLetter(p) || "/_#№$€£+@".indexOf(p) >= 0) return false;
            if (p == ':' && start >= 2 && isAsciiDigit(text.charAt(start - 2))) return false;
            // "COVID-19", "Су-25": digits hyphenated to a word are part of a name
            if ((p == '-' || p == '\u2011') && start >= 2 && Character.isLetter(text.charAt(start - 2))) return false;
        }
        if (end < limit) {
            char c = text.charAt(end);
            if (Character.isLetter(c) || "%/_°".indexOf(c) >= 0) return false;
            boolean more = end + 1 < limit;
            if (c == ':' && more && isAsciiDigit(text.charAt(end + 1))) return false;
            if ((c == '-' || c == '\u2011') && more && Character.isLetter(text.charAt(end + 1))) return false;
        }
        return true;
    }

    /** "123-45-67": two or more hyphenated digit pairs end a phone number (read whole), not a range. */
    private static int phoneTailEnd(String text, int i, int limit) {
        int start = i;
        int groups = 0;
        while (i + 1 < limit && text.charAt(i) == '-' && isAsciiDigit(text.charAt(i + 1))) {
            int end = digitsEnd(text, i + 1, limit);
            if (end - (i + 1) != 2) return start;
            groups++;
            i = end;
        }
        return groups >= 2 ? i : start;
    }

    private static int digitsEnd(String text, int i, int limit) {
        while (i < limit && isAsciiDigit(text.charAt(i))) i++;
        return i;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00a0' || c == '\u202f' || c == '\u2009' || c == '\u2007';
    }

    private static int skipSpaces(String text, int i, int limit) {
        while (i < limit && Character.isWhitespace(text.charAt(i)) || i < limit && isGroupSpace(text.charAt(i))) i++;
        return i;
    }
}
