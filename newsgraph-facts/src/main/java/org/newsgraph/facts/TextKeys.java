package org.newsgraph.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for names and sources: Unicode NFKD, diacritics removed, case folded, apostrophes, quotes and
 * dashes unified, whitespace collapsed — the normalisation the scorer uses, so "Procureur général" and
 * "procureur general" are one key.
 */
public final class TextKeys {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\u2018\u2019\u02BC\u0060\u00B4]");
    private static final Pattern QUOTES = Pattern.compile("[\u00AB\u00BB\u201C\u201D\u201E\u201F\"]");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextKeys() {
    }

    public static String key(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = APOSTROPHES.matcher(t).replaceAll("'");
        t = QUOTES.matcher(t).replaceAll("\"");
        t = DASHES.matcher(t).replaceAll("-");
        t = SPACES.matcher(t).replaceAll(" ");
        return t.strip().toLowerCase(Locale.ROOT);
    }
}
