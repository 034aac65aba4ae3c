package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Span;

/**
 * Finds direct quotations: the text between matching quotation marks of every style (« », “ ”, „ “, " ", ‹ ›, ‘ ’,
 * and two apostrophes in typewritten text), outermost quotes only. One pass with a small stack: a closing mark pops
 * to its opening mark, a stray closing mark is ignored, and a quote still open at the end of a paragraph is dropped
 * unless the next paragraph opens with the same mark (the convention for quotes that run over several paragraphs).
 * Linear time whatever the input.
 */
final class QuoteMarkScanner {
    /** Quotes longer than this are unbalanced marks, not quotes. */
    static final int MAX_QUOTE_CHARS = 6000;
    private static final int MAX_DEPTH = 4;

    private enum Family { GUILLEMET, SINGLE_GUILLEMET, CURLY, LOW, STRAIGHT, SINGLE_CURLY, DOUBLE_APOSTROPHE }

    private record Open(Family family, int pos, int contentStart) {
    }

    /** Spans of the quoted text, without the marks, in text order. */
    List<Span> scan(String text) {
        List<Span> out = new ArrayList<>();
        Open[] stack = new Open[MAX_DEPTH];
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (depth > 0 && i - stack[0].pos > MAX_QUOTE_CHARS) {
                depth = 0;
            }
            if (c == '\n') {
                if (depth > 0) {
                    int next = nextNonSpace(text, i + 1);
                    if (next < n && opens(text, next, stack[0].family)) {
                        i = next; // a quote running over paragraphs re-opens each one: skip the new mark
                    } else if (next >= n || !Character.isLowerCase(text.charAt(next))) {
                        depth = 0; // unbalanced: drop what is open (a lower-case next line is a wrapped line)
                    }
                }
                continue;
            }
            if (!isMark(c)) continue;
            if (c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'') {
                // ''plain-text typewriter quotes'': two apostrophes make one mark
                int k = depth - 1;
                while (k >= 0 && stack[k].family != Family.DOUBLE_APOSTROPHE) k--;
                if (k >= 0) {
                    Open open = stack[k];
                    depth = k;
                    if (depth == 0 && i > open.contentStart) add(out, text, open.contentStart, i);
                } else if (!wordBefore(text, i) && i + 2 < n && !Character.isWhitespace(text.charAt(i + 2)) && depth < MAX_DEPTH) {
                    stack[depth++] = new Open(Family.DOUBLE_APOSTROPHE, i, i + 2);
                }
                i++;
                continue;
            }
            Family closing = closingFamily(text, i, stack, depth);
            if (closing != null) {
                int k = depth - 1;
                while (k >= 0 && stack[k].family != closing) k--;
                if (k >= 0) {
                    Open open = stack[k];
                    depth = k;
                    if (depth == 0 && i > open.contentStart) add(out, text, open.contentStart, i);
                    continue;
                }
            }
            Family opening = openingFamily(text, i);
            if (opening != null && depth < MAX_DEPTH) {
                stack[depth++] = new Open(opening, i, i + 1);
            }
        }
        return out;
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\'' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '‹' || c == '›'
                || c == '‘' || c == '’';
    }

    /** Adds the quoted text without the spaces French typography puts inside « », nor the comma English puts before ”. */
    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
        if (end > start) out.add(Span.of(start, end));
    }

    private static int nextNonSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static boolean opens(String text, int i, Family family) {
        return openingFamily(text, i) == family;
    }

    private static Family closingFamily(String text, int i, Open[] stack, int depth) {
        char c = text.charAt(i);
        switch (c) {
            case '»': return Family.GUILLEMET;
            case '›': return Family.SINGLE_GUILLEMET;
            case '”': return inStack(stack, depth, Family.CURLY) ? Family.CURLY : inStack(stack, depth, Family.LOW) ? Family.LOW : null;
            case '“': return inStack(stack, depth, Family.LOW) ? Family.LOW : null;
            case '"': return inStack(stack, depth, Family.STRAIGHT) && !(spaceBefore(text, i) && wordAfter(text, i))
                    ? Family.STRAIGHT : null;
            case '’': return inStack(stack, depth, Family.SINGLE_CURLY) && !wordAfter(text, i) ? Family.SINGLE_CURLY : null;
            default: return null;
        }
    }

    private static Family openingFamily(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '«': return Family.GUILLEMET;
            case '‹': return Family.SINGLE_GUILLEMET;
            case '„': return Family.LOW;
            case '“': return Family.CURLY;
            case '"': return !wordBefore(text, i) && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                    ? Family.STRAIGHT : null;
            case '‘': return !wordBefore(text, i) && wordAfter(text, i) ? Family.SINGLE_CURLY : null;
            default: return null;
        }
    }

    private static boolean inStack(Open[] stack, int depth, Family f) {
        for (int k = 0; k < depth; k++) if (stack[k].family == f) return true;
        return false;
    }

    private static boolean wordBefore(String text, int i) {
        return i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean wordAfter(String text, int i) {
        return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean spaceBefore(String text, int i) {
        return i == 0 || Character.isWhitespace(text.charAt(i - 1));
    }
}
