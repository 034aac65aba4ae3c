package org.newsgraph.annotate.times;

/**
 * The zero-padded numbers of ISO 8601 values ({@code 2022-01}, {@code 2022-W47}, {@code 20:05}), written without
 * {@link String#format}, which parses its pattern and looks up the locale's digits at every call: times resolve a
 * value per expression. Negative numbers (years before our era) are left to {@code String.format}, which writes the
 * sign inside the width ({@code -005}).
 */
final class IsoNumbers {
    private IsoNumbers() {
    }

    /** {@code String.format("%0<width>d", value)}. */
    static String padded(int value, int width) {
        return append(new StringBuilder(width + 1), value, width).toString();
    }

    /** {@code year} on four digits, a hyphen, {@code two} on two: {@code 2022-01}, or with {@code infix} {@code 2022-W05}. */
    static String yearAnd(int year, String infix, int two) {
        StringBuilder b = new StringBuilder(8);
        append(b, year, 4).append(infix);
        return append(b, two, 2).toString();
    }

    /** Appends {@code value} zero-padded to {@code width} digits. */
    static StringBuilder append(StringBuilder b, int value, int width) {
        if (value < 0) return b.append(String.format("%0" + width + "d", value));
        for (int digits = digits(value); digits < width; digits++) b.append('0');
        return b.append(value);
    }

    private static int digits(int value) {
        int n = 1;
        while (value >= 10) {
            value /= 10;
            n++;
        }
        return n;
    }
}
