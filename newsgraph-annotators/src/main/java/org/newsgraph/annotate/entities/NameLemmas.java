package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.core.lang.Lexicon;

/**
 * Puts the name of a place or body seen only in an oblique case back in the nominative, so that its canonical (and
 * the romanisation made from it) is the name and not one of its case forms: "Кемеровской области" → "Кемеровская
 * область", "Технологическим институтом" → "Технологический институт", "Министерства здравоохранения" →
 * "Министерство здравоохранения".
 *
 * <p>The rules are the language pack's {@code name-lemmas} rows ({@code class ending nominative gender cases}).
 * A name changes at its start only: the adjectives that open it and the noun after them, which must agree in gender
 * and case; the words after that noun (a genitive complement) stay as they are. A noun the pack lists as a head
 * ({@code org-heads}, {@code place-kinds}, …) in its nominative is the surest reading; with no adjective before it,
 * a noun changes only to such a head. A name whose adjective may be nominative and whose noun agrees with no oblique
 * reading is taken to be nominative already. Languages without rows change nothing.
 *
 * <p>Called once per entity for its canonical, never per word.
 */
final class NameLemmas {
    static final NameLemmas NONE = new NameLemmas(List.of(), Set.of());
    /** A lone adjective is put in the nominative only by an ending this long ("-ской"): shorter ones end nouns too. */
    private static final int LONE_ADJECTIVE_ENDING = 4;
    private static final int MIN_STEM = 2;
    /** How many adjectives may open a name before its noun. */
    private static final int MAX_ADJECTIVES = 3;

    /** One row: an ending, what replaces it in the nominative, and the gender and cases it marks. */
    private record Rule(boolean adjective, String ending, String nominative, String gender, Set<String> cases) {
        boolean nominativeCase() {
            return cases.contains("nom");
        }

        boolean agrees(Rule other) {
            if (!gender.equals(other.gender)) return false;
            for (String c : cases) if (other.cases.contains(c)) return true;
            return false;
        }

        String apply(String word) {
            if (!word.toLowerCase(Locale.ROOT).endsWith(ending)) return word; // never cut a word the row does not end
            return word.substring(0, word.length() - ending.length()) + nominative;
        }
    }

    private final List<Rule> adjectives;
    private final List<Rule> nouns;
    /** Lower-case nominative head nouns of the pack: a noun reading that gives one of them is the one. */
    private final Set<String> heads;

    private NameLemmas(List<Rule> rules, Set<String> heads) {
        List<Rule> sorted = new ArrayList<>(rules);
        // longest ending first; rows of one length keep the pack's order (its preference)
        sorted.sort(Comparator.comparingInt((Rule r) -> r.ending.length()).reversed());
        this.adjectives = sorted.stream().filter(Rule::adjective).toList();
        this.nouns = sorted.stream().filter(r -> !r.adjective).toList();
        this.heads = Set.copyOf(heads);
    }

    /** The rules of a {@code name-lemmas} lexicon; {@code heads} the pack's nominative head nouns, any case. */
    static NameLemmas of(Lexicon lexicon, Set<String> heads) {
        List<Rule> rules = new ArrayList<>();
        for (List<String> row : lexicon.rows()) {
            if (row.size() < 5) continue;
            String nominative = row.get(2).equals("-") ? "" : row.get(2).toLowerCase(Locale.ROOT);
            rules.add(new Rule(row.get(0).equals("adj"), row.get(1).toLowerCase(Locale.ROOT), nominative, row.get(3),
                    Set.of(row.get(4).split(","))));
        }
        if (rules.isEmpty()) return NONE;
        Set<String> lower = new java.util.HashSet<>();
        for (String h : heads) lower.add(h.toLowerCase(Locale.ROOT));
        return new NameLemmas(rules, lower);
    }

    /** The name in the nominative, or unchanged when it is in the nominative already or its case is unclear. */
    String of(String name) {
        if (adjectives.isEmpty() && nouns.isEmpty()) return name;
        String[] words = name.split(" ");
        if (words.length == 1) return lone(words[0], name);
        // readings.get(k): the oblique-capable readings words[0..k-1] share as adjectives; the run goes as far as it can,
        // so that an adjective is never taken for the noun ("Московской городской думы")
        List<List<Rule>> readings = new ArrayList<>();
        readings.add(null);
        int maxAdjectives = Math.min(MAX_ADJECTIVES, words.length - 1);
        for (int k = 1; k <= maxAdjectives; k++) {
            if (!inflected(words[k - 1])) break;
            List<Rule> own = adjectiveRules(words[k - 1]);
            List<Rule> shared = k == 1 ? own : shared(readings.get(k - 1), own);
            if (shared.isEmpty() || firstOblique(shared) == null) break;
            readings.add(shared);
        }
        for (int k = readings.size() - 1; k >= 0; k--) {
            String noun = words[k];
            if (!inflected(noun)) {
                if (k == 0) return name; // an acronym or a foreign word opens it: nothing to decline
                // an indeclinable noun ("РОВД", "Сити"): the adjectives alone say the case
                return rebuild(words, k, firstOblique(readings.get(k)), null);
            }
            Rule[] chosen = agreeing(readings.get(k), noun, k == 0);
            if (chosen != null) return rebuild(words, k, chosen[0], chosen[1]);
        }
        return name;
    }

    /** The name with its first k words put in the adjective reading and word k by the noun rule (if any). */
    private String rebuild(String[] words, int k, Rule reading, Rule noun) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) b.append(' ');
            if (i < k) b.append(adjectiveReading(words[i], reading).apply(words[i]));
            else if (i == k && noun != null) b.append(noun.apply(words[i]));
            else b.append(words[i]);
        }
        return b.toString();
    }

    private static Rule firstOblique(List<Rule> readings) {
        for (Rule r : readings) if (!r.nominativeCase()) return r;
        return null;
    }

    /** A single word: a long adjective ending alone, or a noun that becomes one of the pack's heads. */
    private String lone(String word, String name) {
        if (!inflected(word)) return name;
        List<Rule> own = adjectiveRules(word);
        Rule oblique = own.isEmpty() || own.get(0).ending.length() < LONE_ADJECTIVE_ENDING ? null : firstOblique(own);
        if (oblique != null) return oblique.apply(word);
        Rule[] chosen = agreeing(null, word, true);
        return chosen == null ? name : chosen[1].apply(word);
    }

    /**
     * The adjective reading and noun rule that agree, a noun that becomes a listed head first; null when none does.
     * With no adjectives ({@code readings} null) only a listed head counts.
     */
    private Rule[] agreeing(List<Rule> readings, String noun, boolean headsOnly) {
        String lower = noun.toLowerCase(Locale.ROOT);
        Rule[] first = null;
        for (Rule n : nouns) {
            if (!fits(lower, n)) continue;
            Rule adj = null;
            if (readings != null) {
                for (Rule a : readings) {
                    if (!a.nominativeCase() && a.agrees(n)) {
                        adj = a;
                        break;
                    }
                }
                if (adj == null) continue;
            }
            Rule[] pair = {adj, n};
            if (heads.contains(n.apply(lower))) return pair;
            if (first == null) first = pair;
        }
        return headsOnly ? null : first;
    }

    private static boolean fits(String lowerWord, Rule r) {
        return lowerWord.length() - r.ending.length() >= MIN_STEM && lowerWord.endsWith(r.ending);
    }

    /** The rows of the longest adjective ending the word has (all its readings), or none. */
    private List<Rule> adjectiveRules(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        List<Rule> out = new ArrayList<>(4);
        int length = -1;
        for (Rule r : adjectives) {
            if (length >= 0 && r.ending.length() < length) break;
            if (fits(lower, r)) {
                length = r.ending.length();
                out.add(r);
            }
        }
        return out;
    }

    /** The readings of {@code so far} that {@code own} also has (same gender and a shared case), kept in order. */
    private static List<Rule> shared(List<Rule> soFar, List<Rule> own) {
        List<Rule> out = new ArrayList<>(soFar.size());
        for (Rule r : soFar) {
            for (Rule o : own) {
                if (r.agrees(o) && r.nominativeCase() == o.nominativeCase()) {
                    out.add(r);
                    break;
                }
            }
        }
        return out;
    }

    /** The reading of one adjective that matches the chosen gender and case. */
    private Rule adjectiveReading(String word, Rule chosen) {
        for (Rule r : adjectiveRules(word)) {
            if (r.agrees(chosen) && !r.nominativeCase()) return r;
        }
        return chosen;
    }

    /** A word the rules may change: letters of the language's script, not all capitals (acronyms do not decline). */
    private static boolean inflected(String word) {
        if (word.length() < 3 || !NameKeys.hasCyrillic(word)) return false;
        boolean lower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            else if (!(Character.isUpperCase(c) || c == '-')) return false;
        }
        return lower;
    }
}
