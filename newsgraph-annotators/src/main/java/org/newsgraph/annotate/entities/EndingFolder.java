package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.lang.Lexicon;

/**
 * Strips an inflectional ending from a lower-cased word so that the case forms of a name share one stem
 * ("казахстане", "казахстана" → "казахстан"; "кызылординской" → "кызылординск"). The endings come from the
 * language pack's {@code name-endings} lexicon; the longest ending that leaves a stem of three letters or more
 * wins, else the longest that leaves two. Languages without endings fold nothing.
 */
final class EndingFolder {
    static final EndingFolder NONE = new EndingFolder(List.of());
    private static final int MIN_STEM = 2;

    private final String[] endings;

    private EndingFolder(List<String> endings) {
        List<String> sorted = new ArrayList<>(endings);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.endings = sorted.toArray(String[]::new);
    }

    static EndingFolder of(Lexicon lexicon) {
        List<String> list = new ArrayList<>();
        for (List<String> row : lexicon.rows()) list.add(row.get(0).toLowerCase(Locale.ROOT));
        return list.isEmpty() ? NONE : new EndingFolder(list);
    }

    static EndingFolder of(List<String> endings) {
        return new EndingFolder(endings);
    }

    /** Its endings, longest first, separated by commas: what a table of keys folded by it depends on. */
    String describe() {
        return String.join(",", endings);
    }

    boolean isEmpty() {
        return endings.length == 0;
    }

    String fold(String lowerWord) {
        String shortStem = null;
        for (String e : endings) {
            int stem = lowerWord.length() - e.length();
            if (stem < MIN_STEM || !lowerWord.endsWith(e)) continue;
            // a stem of two letters only when no shorter ending leaves three: "края" is "кра-я" (as "край",
            // "крае"), not "кр-ая"; "Уфе" is still "уф-е"
            if (stem > MIN_STEM) return lowerWord.substring(0, stem);
            if (shortStem == null) shortStem = lowerWord.substring(0, stem);
        }
        return shortStem != null ? shortStem : lowerWord;
    }
}
