package org.newsgraph.annotate.segment;

/** Which characters are quotation marks and apostrophes, in every quoting style of the supported languages. */
public final class Quotes {
    private Quotes() {
    }

    public static boolean isQuote(char c) {
        return switch (c) {
            case '"', '\'', '«', '»', '“', '”', '„', '‟', '‘', '’', '‚', '‹', '›', '＂' -> true;
            default -> false;
        };
    }

    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ' || c == '‘';
    }

    /** Marks that can only open a quotation. */
    public static boolean isOpening(char c) {
        return c == '«' || c == '“' || c == '„' || c == '‹' || c == '‘' || c == '‚';
    }

    /** Marks that can only close a quotation (“ closes a German „ quote, so it is not listed). */
    public static boolean isClosing(char c) {
        return c == '»' || c == '”' || c == '›' || c == '’';
    }
}
