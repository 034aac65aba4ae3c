package org.newsgraph.io.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading rules that shape an article's text before any annotator sees it:
 * <ul>
 *   <li>a dateline that opens one of the first lines — "Almaty [Kazakhstan], January 15 :", "PARIS, 15 janvier
 *       (AFP) -" — becomes a paragraph of its own, so that no sentence, and no quote, starts with it;</li>
 *   <li>a photo credit on a line of its own — "(NAME / AGENCY VIA AGENCY)", in parentheses, with a slash, in
 *       capitals — is told apart, so that it is never taken for the headline. It stays in the text: the people and
 *       agencies it names are named by the article (the gold format counts them).</li>
 * </ul>
 * The rules read shapes and the month names of the language packs, no language of their own.
 */
public final class BodyTidier {
    private static final Pattern CREDIT = Pattern.compile("^\\(([^()\\n]{3,118})\\)$");
    private static final double CREDIT_CAPITALS = 0.6;
    /** Place (maybe with its region in brackets), comma, a date with a month name, maybe "(AGENCY)", then a colon or dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.\\- ]{1,40}?(?:\\s*\\[[^\\]\\n]{2,40}\\]|\\s*\\([^)\\n]{2,40}\\))?,\\s*+"
                    + "([^:\\n()]{3,40}?)\\s*(?:\\([^)\\n]{2,20}\\)\\s*)?[:—–-])\\s+(?=\\S)");
    /**
     * The most of a line the dateline pattern reads: its parts are at most about 150 characters. Without this bound a
     * line of thousands of blanks after "Xy," made the pattern backtrack over every way to share them between its
     * blank runs and its date (found by the fuzzer: 1,200 tabs took 3 s, and the time grew with the square).
     */
    static final int DATELINE_MAX_CHARS = 240;
    private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");
    private static final int DATELINE_LINES = 4;

    private BodyTidier() {
    }

    public static String tidy(String body) {
        return splitDateline(body);
    }

    /** Whether a line is a photo credit: "(NAME / AGENCY VIA AGENCY)", in parentheses, with a slash, mostly capitals. */
    public static boolean isCredit(String line) {
        Matcher m = CREDIT.matcher(line);
        if (!m.matches() || m.group(1).indexOf('/') < 0) return false;
        int letters = 0;
        int capitals = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) capitals++;
            }
        }
        return letters >= 3 && capitals >= CREDIT_CAPITALS * letters;
    }

    /** The body with a dateline that opens one of its first lines set apart as a paragraph. */
    public static String splitDateline(String body) {
        int lineStart = 0;
        for (int n = 0; n < DATELINE_LINES && lineStart < body.length(); n++) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = body.length();
            Matcher m = datelineAt(body, lineStart, lineEnd);
            if (m != null) return body.substring(0, lineStart) + m.group(1) + "\n\n" + body.substring(m.end());
            lineStart = lineEnd + 1;
        }
        return body;
    }

    /**
     * The dateline opening the line from {@code lineStart} to {@code lineEnd} (exclusive) with text after it, or null.
     * Reads at most {@link #DATELINE_MAX_CHARS} characters of the line, however long it is.
     */
    static Matcher datelineAt(CharSequence text, int lineStart, int lineEnd) {
        Matcher m = DATELINE.matcher(text).region(lineStart, Math.min(lineEnd, lineStart + DATELINE_MAX_CHARS))
                .useTransparentBounds(true);   // the text after the dateline may lie past the bound: the look-ahead sees it
        return m.lookingAt() && namesAMonth(m.group(2)) && m.end() < lineEnd ? m : null;
    }

    private static boolean namesAMonth(String date) {
        Matcher w = WORD.matcher(date);
        while (w.find()) if (MonthNames.of(w.group()).isPresent()) return true;
        return false;
    }
}
