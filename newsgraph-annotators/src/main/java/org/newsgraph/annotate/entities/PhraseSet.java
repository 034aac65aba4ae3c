package org.newsgraph.annotate.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.lang.Lexicon;

/**
 * Lower-case phrases of one or more words with their values, matched on word sequences: "chef de l'État" is the
 * words chef · de · l'état. Lookup is one hash probe per candidate length.
 */
final class PhraseSet {
    private final Map<String, List<String>> phrases = new HashMap<>();
    private final java.util.Set<String> firstWords = new java.util.HashSet<>();
    private int longest;

    static PhraseSet of(Lexicon lexicon) {
        PhraseSet s = new PhraseSet();
        for (List<String> row : lexicon.rows()) {
            String phrase = normalise(row.get(0));
            s.phrases.put(phrase, row.subList(1, row.size()));
            s.longest = Math.max(s.longest, phrase.split(" ").length);
            String first = phrase.split(" ")[0];
            s.firstWords.add(first.endsWith("'") || first.contains("'") ? first.substring(first.indexOf('\'') + 1) : first);
            s.firstWords.add(first);
        }
        return s;
    }

    /** Lower case, one apostrophe and one space, no space before "." or "," or after an apostrophe. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (c == '’' || c == 'ʼ') c = '\'';
            char prev = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
            if (space && c != '.' && c != ',' && prev != '\'') b.append(' ');
            space = false;
            b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    /** True when some phrase starts with this lower-case word (or placeholder such as "{dem}"). */
    boolean starts(String lowerWord) {
        return firstWords.contains(lowerWord);
    }

    int longest() {
        return longest;
    }

    /** The values of a phrase given as normalised words joined by spaces, or null. */
    List<String> get(String phrase) {
        return phrases.get(phrase);
    }

    boolean isEmpty() {
        return phrases.isEmpty();
    }
}
