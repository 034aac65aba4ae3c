package org.newsgraph.io.write.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Turns a text and annotated ranges into escaped HTML with properly nested elements. Ranges come from an analysis
 * that may have been stored or sent by someone else, so they are checked: out of bounds or empty ranges are dropped,
 * and a range that crosses the end of an enclosing one is cut there (HTML cannot overlap). Linear in the text plus
 * the ranges (after sorting them).
 */
public final class SpanMarkup {

    /**
     * One annotated range and the tags around it. {@code rank} orders ranges with the same bounds (lower = outer).
     * {@code open} and {@code close} are trusted markup built by the caller with {@link Html#escape}.
     */
    public record Range(int start, int end, int rank, String open, String close) {
    }

    private final List<Range> ranges = new ArrayList<>();

    public SpanMarkup add(int start, int end, int rank, String open, String close) {
        ranges.add(new Range(start, end, rank, open, close));
        return this;
    }

    public String render(String text) {
        int n = text.length();
        List<Range> valid = new ArrayList<>();
        for (Range r : ranges) if (r.start >= 0 && r.end <= n && r.start < r.end) valid.add(r);
        valid.sort(Comparator.comparingInt(Range::start).thenComparing(Comparator.comparingInt(Range::end).reversed())
                .thenComparingInt(Range::rank));
        StringBuilder out = new StringBuilder(n + valid.size() * 48);
        Deque<int[]> openEnds = new ArrayDeque<>();      // end offset of each open element
        Deque<String> closers = new ArrayDeque<>();
        int pos = 0;
        for (Range r : valid) {
            while (!openEnds.isEmpty() && openEnds.peek()[0] <= r.start) {
                int end = openEnds.pop()[0];
                out.append(Html.escape(text.substring(pos, end)));
                pos = end;
                out.append(closers.pop());
            }
            if (r.start < pos) continue;   // starts inside text already written past (cannot happen once sorted)
            int end = openEnds.isEmpty() ? r.end : Math.min(r.end, openEnds.peek()[0]);
            out.append(Html.escape(text.substring(pos, r.start)));
            pos = r.start;
            out.append(r.open);
            openEnds.push(new int[] {end});
            closers.push(r.close);
        }
        while (!openEnds.isEmpty()) {
            int end = openEnds.pop()[0];
            out.append(Html.escape(text.substring(pos, end)));
            pos = end;
            out.append(closers.pop());
        }
        out.append(Html.escape(text.substring(pos)));
        return out.toString();
    }
}
