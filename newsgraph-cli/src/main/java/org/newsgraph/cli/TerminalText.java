package org.newsgraph.cli;

/**
 * Text from articles made safe to print on a terminal: escape sequences (ESC), bells, NUL and every other control
 * character except line breaks and tabs are shown as visible {@code \\u001b}-style codes, so an id or a title can
 * never move the cursor, change colours, retitle the window or ring the bell. Bidirectional overrides, which can
 * make a line read differently from what it holds, are shown the same way.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** {@code s} with control characters other than '\n' and '\t' made visible. */
    static String safe(String s) {
        return safe(s, false);
    }

    /**
     * The same, but colour codes ({@code ESC [ digits ; … m}, which only set the colour and weight of what follows)
     * are kept: the summary colours its own headings on a terminal. Nothing that moves the cursor, clears, retitles
     * or rings passes.
     */
    static String safeKeepingColours(String s) {
        return safe(s, true);
    }

    private static String safe(String s, boolean keepColours) {
        if (s == null) return null;
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int colourEnd = keepColours && c == '\u001b' ? colourCodeEnd(s, i) : -1;
            if (colourEnd > 0) {
                if (b != null) b.append(s, i, colourEnd);
                i = colourEnd - 1;
            } else if (unsafe(c)) {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** The end of an SGR colour code starting at {@code i}, or -1. */
    private static int colourCodeEnd(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i + 1) != '[') return -1;
        int j = i + 2;
        while (j < s.length() && j - i < 16 && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) j++;
        return j < s.length() && s.charAt(j) == 'm' ? j + 1 : -1;
    }

    private static boolean unsafe(char c) {
        if (c == '\n' || c == '\t') return false;
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
