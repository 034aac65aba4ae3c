package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.lang.Lexicon;

/**
 * Strips an inflectional ending from a lower-cased word so that the case forms of a name share one stem
 * ("казахстане", "казахстана" → "казахстан"; "кызылординской" → "кызылординск"). The endings come from the
 * language pack's {@code name-endings} lexicon; the longest ending that leaves a stem of at least the minimum
 * length wins. Languages without endings fold nothing.
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

    boolean isEmpty() {
        return endings.length == 0;
    }

    String fold(String lowerWord) {
        for (String e : endings) {
            if (lowerWord.length() - e.length() >= MIN_STEM && lowerWord.endsWith(e)) {
                return lowerWord.substring(0, lowerWord.length() - e.length());
            }
        }
        return lowerWord;
    }
}
