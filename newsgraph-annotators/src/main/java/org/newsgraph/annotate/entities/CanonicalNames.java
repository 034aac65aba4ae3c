package org.newsgraph.annotate.entities;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.core.model.EntityType;

/**
 * The display name of a referent the KB does not know: its fullest form as written, in the nominative when the
 * language inflects names, and for people and places written in Cyrillic a BGN romanisation ("Берик Уали" →
 * "Berik Uali"), the usual English form. A person seen only in an oblique case is named in the nominative
 * ("Анны Ивановой" → "Anna Ivanova"); a place or body in the nominative of its words ("Кемеровской области" →
 * "Kemerovskaya Oblast'", the romanisation of the lemma, not of the case form).
 */
final class CanonicalNames {
    private CanonicalNames() {
    }

    static String of(Cluster c) {
        return of(c, PersonNominative.NONE, NameLemmas.NONE);
    }

    static String of(Cluster c, PersonNominative nominatives, NameLemmas lemmas) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate x : c.names) counts.merge(x.surface, 1, Integer::sum);
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Candidate x : c.names) {
            // a place or body written in the nominative somewhere is named so, however often its other forms occur
            int score = x.wordCount() * 100 + Math.min(counts.get(x.surface), 9) * 10
                    + (c.type == EntityType.PERSON ? (nominative(x) ? 5 : 0) : (inNominative(x, lemmas) ? 95 : 0))
                    - (x.acronym ? 50 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = x.surface;
            }
        }
        if (best == null) return "";
        best = joinBrokenHyphens(oneSpaces(best));
        best = c.type == EntityType.PERSON ? nominatives.of(best) : lemmas.of(best);
        if (c.type != EntityType.ORGANIZATION && NameKeys.hasCyrillic(best)) return romanise(best);
        if (isAllCaps(best) && best.length() > 6) return titleCase(best);
        return best;
    }

    /** Each run of whitespace ({@code \\s}: space, tab, line breaks, form feed) as one space, like {@code replaceAll("\\s+", " ")}. */
    static String oneSpaces(String s) {
        boolean changes = false;
        for (int i = 0; i < s.length() && !changes; i++) {
            char c = s.charAt(i);
            changes = otherSpace(c) || (c == ' ' && i + 1 < s.length() && space(s.charAt(i + 1)));
        }
        if (!changes) return s; // single spaces only: the usual case
        StringBuilder b = new StringBuilder(s.length());
        boolean inRun = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (space(c)) {
                if (!inRun) b.append(' ');
                inRun = true;
            } else {
                b.append(c);
                inRun = false;
            }
        }
        return b.toString();
    }

    /**
     * "Croix- Rouge" as "Croix-Rouge": a hyphen that a line break left before a space, between two capitalised
     * parts of one compound. A dash between spaces ("Paris - Lyon") is left alone.
     */
    static String joinBrokenHyphens(String s) {
        int h = s.indexOf("- ");
        if (h <= 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        for (; h > 0; h = s.indexOf("- ", h + 1)) {
            boolean broken = Character.isLetter(s.charAt(h - 1)) && h + 2 < s.length()
                    && Character.isUpperCase(s.charAt(h + 2));
            if (!broken) continue;
            b.append(s, from, h + 1);
            from = h + 2;
        }
        return b.append(s, from, s.length()).toString();
    }

    private static boolean space(char c) {
        return c == ' ' || otherSpace(c);
    }

    private static boolean otherSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean nominative(Candidate x) {
        return !NameKeys.hasCyrillic(x.surface) || NameKeys.key(x.surface, EndingFolder.NONE).length() <= x.key.length();
    }

    private static boolean inNominative(Candidate x, NameLemmas lemmas) {
        return !NameKeys.hasCyrillic(x.surface) || lemmas.of(x.surface).equals(x.surface);
    }

    static String romanise(String s) {
        String r = CyrillicTable.romanise(s);
        return isAllCaps(s) ? r : titleCase(r);
    }

    private static boolean isAllCaps(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            b.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch);
        }
        return b.toString();
    }
}
