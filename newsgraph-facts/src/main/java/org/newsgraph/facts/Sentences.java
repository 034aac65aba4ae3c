package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * A small sentence splitter for the stored text of an analysis (the analysis JSON carries no sentence layer):
 * a sentence ends at {@code . ! ? …} followed by white space, or at a line break, which also ends a paragraph.
 * Good enough to find "the sentence around a figure" and its neighbours; linear in the text length.
 */
final class Sentences {
    private final String text;
    private final List<int[]> spans;      // {start, end, paragraph}

    private Sentences(String text, List<int[]> spans) {
        this.text = text;
        this.spans = spans;
    }

    static Sentences of(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        int paragraph = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n';
            boolean stop = (c == '.' || c == '!' || c == '?' || c == '\u2026')
                    && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                    && !isInitialOrAbbreviation(text, i);
            if (lineBreak || stop) {
                int end = lineBreak ? i : i + 1;
                add(spans, text, start, end, paragraph);
                start = i + 1;
                if (lineBreak) paragraph++;
            }
        }
        add(spans, text, start, n, paragraph);
        return new Sentences(text, spans);
    }

    /** "J. Smith", "Jan. 13": a one-letter or capitalised short word before the dot does not end a sentence. */
    private static boolean isInitialOrAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') return false;
        int j = dot;
        while (j > 0 && Character.isLetter(text.charAt(j - 1))) j--;
        int len = dot - j;
        return len == 1 && Character.isUpperCase(text.charAt(j))
                || len > 0 && len <= 3 && Character.isUpperCase(text.charAt(j)) && dot + 2 < text.length()
                && Character.isDigit(text.charAt(dot + 2));
    }

    private static void add(List<int[]> spans, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) spans.add(new int[] {start, end, paragraph});
    }

    int size() {
        return spans.size();
    }

    /** Index of the sentence containing the offset (or the nearest one before it); -1 for an empty text. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid)[0] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 && !spans.isEmpty() ? 0 : found;
    }

    int start(int index) {
        return spans.get(index)[0];
    }

    int end(int index) {
        return spans.get(index)[1];
    }

    int paragraph(int index) {
        return spans.get(index)[2];
    }

    String text(int index) {
        return text.substring(start(index), end(index));
    }
}
