package org.newsgraph.annotate.outlet;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names written as whole words (no letter or digit touching either end), left to right, the longest name
 * first at each position and never overlapping: what the regular expression
 * {@code (?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])} finds, without trying every name at every
 * position of the text (the names are grouped by their first character).
 */
final class WholeWordNames {
    /** Names by first character, longest first (names of equal length in the order given). */
    private final Map<Character, String[]> byFirst;
    /** The first characters of the names: most characters of a text start none, and are passed without a map probe. */
    private final BitSet firsts = new BitSet(Character.MAX_VALUE + 1);

    WholeWordNames(Collection<String> names) {
        List<String> sorted = names.stream().filter(n -> !n.isEmpty()).sorted((a, b) -> b.length() - a.length()).toList();
        Map<Character, List<String>> groups = new HashMap<>();
        for (String n : sorted) groups.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(n);
        Map<Character, String[]> map = new HashMap<>();
        groups.forEach((c, list) -> map.put(c, list.toArray(String[]::new)));
        groups.keySet().forEach(firsts::set);
        this.byFirst = Map.copyOf(map);
    }

    /** The names found in {@code text[0, end)}, in text order; the text past {@code end} is not looked at. */
    List<String> find(String text, int end) {
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < end) {
            char c = text.charAt(i);
            String[] candidates = firsts.get(c) ? byFirst.get(c) : null;
            String hit = null;
            if (candidates != null && (i == 0 || !isLetterOrNumber(Character.codePointBefore(text, i)))) {
                for (String name : candidates) {
                    int after = i + name.length();
                    if (after <= end && text.startsWith(name, i)
                            && (after == end || !isLetterOrNumber(Character.codePointAt(text, after)))) {
                        hit = name;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
            } else {
                found.add(hit);
                i += hit.length();
            }
        }
        return found;
    }

    /** {@code [\p{L}\p{N}]} of a regular expression. */
    private static boolean isLetterOrNumber(int cp) {
        if (Character.isLetter(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
