package org.newsgraph.core;

/**
 * A view into a document's text: UTF-16 offsets, start inclusive, end exclusive, and a label.
 * Never a copy of the text; {@link Doc#text(Span)} reads it.
 */
public record Span(int start, int end, String label) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + "," + end + ") is not ordered: start must be >= 0 and <= end");
        }
        label = label == null ? "" : label;
    }

    public static Span of(int start, int end) {
        return new Span(start, end, "");
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return other.start < end && start < other.end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
