package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.core.lang.Lexicon;

/**
 * Puts a two-word personal name seen only in an oblique case back in the nominative ("Анны Ивановой" → "Анна
 * Иванова"), so that its canonical is the name, not one of its case forms. The rules come from the language pack's
 * {@code person-nominatives} lexicon: rows {@code part ending nominative gender}, part {@code first} or {@code last}.
 * A name changes only when its surname has an oblique ending of one gender and its first name an ending of the same
 * gender: the surname endings listed are those no nominative has ("-овой", "-ского"), so a name already in the
 * nominative stays as it is.
 */
final class PersonNominative {
    static final PersonNominative NONE = new PersonNominative(List.of());

    private record Rule(boolean first, String ending, String nominative, String gender) {
    }

    private final List<Rule> rules;

    private PersonNominative(List<Rule> rules) {
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparingInt((Rule r) -> r.ending.length()).reversed());
        this.rules = sorted;
    }

    static PersonNominative of(Lexicon lexicon) {
        List<Rule> rules = new ArrayList<>();
        for (List<String> row : lexicon.rows()) {
            if (row.size() < 4) continue;
            String nominative = row.get(2).equals("-") ? "" : row.get(2).toLowerCase(Locale.ROOT);
            rules.add(new Rule(row.get(0).equals("first"), row.get(1).toLowerCase(Locale.ROOT), nominative, row.get(3)));
        }
        return rules.isEmpty() ? NONE : new PersonNominative(rules);
    }

    /** The name in the nominative, or the name unchanged when it is not a first name and surname in a known case. */
    String of(String name) {
        if (rules.isEmpty()) return name;
        String[] parts = name.split(" ");
        if (parts.length != 2) return name;
        Rule last = match(parts[1], false, null);
        if (last == null) return name;
        Rule first = match(parts[0], true, last.gender);
        if (first == null) return name;
        return replace(parts[0], first) + " " + replace(parts[1], last);
    }

    private Rule match(String word, boolean first, String gender) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Rule r : rules) {
            if (r.first == first && (gender == null || r.gender.equals(gender)) && lower.endsWith(r.ending)
                    && lower.length() - r.ending.length() >= 2) return r;
        }
        return null;
    }

    private static String replace(String word, Rule r) {
        return word.substring(0, word.length() - r.ending.length()) + r.nominative;
    }
}
