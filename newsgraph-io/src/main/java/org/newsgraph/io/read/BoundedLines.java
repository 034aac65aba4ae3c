package org.newsgraph.io.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The lines of a byte stream, each at most {@code maxBytes} long, read without ever holding more than that: a
 * line over the limit (a multi-gigabyte file without newlines, {@code /dev/zero}) is skipped to its end and
 * reported as too long instead of filling the heap. The limit counts bytes, as the size limit of an article does,
 * so a long Cyrillic record is measured by what it weighs, not by its characters.
 */
public final class BoundedLines {
    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int end;
    private long lineNumber;
    private boolean eof;

    public BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** One line: its number (from 1), its bytes without the line end, or empty bytes with {@code tooLong} set. */
    public record Line(long number, byte[] bytes, long length, boolean tooLong) {
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        if (eof && pos >= end) return null;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (pos >= end) {
                end = in.read(buffer, 0, BUFFER);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    eof = true;
                    if (!sawAny) return null;
                    break;
                }
            }
            sawAny = true;
            int nl = pos;
            while (nl < end && buffer[nl] != '\n') nl++;
            int n = nl - pos;
            if (length + n <= maxBytes) line.write(buffer, pos, n);
            length += n;
            pos = nl;
            if (nl < end) {
                pos++;   // past the newline
                break;
            }
        }
        lineNumber++;
        if (length > maxBytes) return new Line(lineNumber, new byte[0], length, true);
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') bytes = java.util.Arrays.copyOf(bytes, len - 1);
        return new Line(lineNumber, bytes, length, false);
    }

    /** Counts the non-blank lines of a stream in constant memory, for progress totals. */
    public static long countNonBlank(InputStream in) throws IOException {
        byte[] b = new byte[BUFFER];
        long lines = 0;
        boolean content = false;
        for (int n = in.read(b); n > 0; n = in.read(b)) {
            for (int i = 0; i < n; i++) {
                byte c = b[i];
                if (c == '\n') {
                    if (content) lines++;
                    content = false;
                } else if (c != ' ' && c != '\t' && c != '\r') {
                    content = true;
                }
            }
        }
        return content ? lines + 1 : lines;
    }
}
