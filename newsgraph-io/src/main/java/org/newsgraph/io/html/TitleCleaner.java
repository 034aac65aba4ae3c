package org.newsgraph.io.html;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strips the site's name from a page title ("Headline | Site", "Site - Headline"): the segment equal to the known
 * site name, else a short trailing segment after a separator (Readability's rule: keep the head when it still has
 * at least three words).
 */
final class TitleCleaner {
    static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•»:]{1,2}\\s+|\\s*[|•»]\\s*");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private TitleCleaner() {
    }

    static String clean(String title, Optional<String> siteName) {
        String t = title.strip().replaceAll("\\s+", " ");
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) return t;
        if (siteName.isPresent()) {
            String site = siteName.get().strip().toLowerCase(Locale.ROOT);
            String last = parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
            String first = parts[0].strip().toLowerCase(Locale.ROOT);
            if (similar(last, site)) return t.substring(0, lastSeparatorStart(t)).strip();
            if (similar(first, site)) return t.substring(firstSeparatorEnd(t)).strip();
        }
        String head = t.substring(0, lastSeparatorStart(t)).strip();
        String tail = t.substring(lastSeparatorEnd(t)).strip();
        if (words(tail) <= 4 && words(head) >= 3) return head;
        return t;
    }

    private static boolean similar(String part, String site) {
        if (part.isEmpty() || site.isEmpty()) return false;
        String a = part.replaceAll("[^\\p{L}\\p{N}]", "");
        String b = site.replaceAll("[^\\p{L}\\p{N}]", "");
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static int words(String s) {
        return (int) WORD.matcher(s).results().count();
    }

    private static int lastSeparatorStart(String t) {
        var m = SEPARATOR.matcher(t);
        int start = t.length();
        while (m.find()) start = m.start();
        return start;
    }

    private static int lastSeparatorEnd(String t) {
        var m = SEPARATOR.matcher(t);
        int end = t.length();
        while (m.find()) end = m.end();
        return end;
    }

    private static int firstSeparatorEnd(String t) {
        var m = SEPARATOR.matcher(t);
        return m.find() ? m.end() : 0;
    }
}
