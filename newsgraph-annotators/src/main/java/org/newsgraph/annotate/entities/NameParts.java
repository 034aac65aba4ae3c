package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a name the merging passes compare, for one language: the initials an acronym spells, the core of a
 * place name without its kind noun, the content words of an organisation's name without the country it names.
 * Works on name keys ({@link NameKeys}), so spellings, scripts and case endings are already folded.
 */
final class NameParts {

    private final Set<String> connectorKeys = new HashSet<>();
    private final Set<String> connectorWords = new HashSet<>();
    private final Set<String> placeKinds;
    private final Map<String, String> demonymKeys = new HashMap<>();
    private final KnowledgeBase kb;

    NameParts(NameLexicons lx, KnowledgeBase kb) {
        this.kb = kb;
        this.placeKinds = lx.placeKinds;
        for (String c : lx.connectors) {
            connectorWords.add(c);
            connectorKeys.add(NameKeys.key(c, EndingFolder.NONE));
        }
        for (String n : lx.nonNames) {
            if (lx.commonWords.contains(n)) connectorKeys.add(NameKeys.key(n, EndingFolder.NONE)); // "the", "le"
        }
        for (var e : lx.demonyms.entrySet()) demonymKeys.put(NameKeys.key(e.getKey(), lx.endings), e.getValue());
    }

    /** Initials of the significant words, as Latin letters: "Associated Press" → "ap", "Министерство по чрезвычайным ситуациям" → "mcs". */
    String initials(String name) {
        return initials(name, connectorWords);
    }

    static String initials(String name, Set<String> connectors) {
        StringBuilder b = new StringBuilder();
        for (String word : NameKeys.words(name)) {
            String w = withoutElision(word);
            if (w.isEmpty()) continue;
            String lower = w.toLowerCase(Locale.ROOT);
            boolean capital = Character.isUpperCase(w.charAt(0));
            if (!capital && (w.length() <= 2 || connectors.contains(lower))) continue;
            if (NameLexicons.initialsSkippedInAnyLanguage().contains(lower)) continue;
            char latin = NameKeys.firstLatin(lower.charAt(0));
            if (latin != 0) b.append(latin);
        }
        return b.toString();
    }

    /** "d'intervention" → "intervention": an elided article or preposition glued by an apostrophe is no word of its own. */
    private static String withoutElision(String w) {
        for (int i = 1; i <= 2 && i < w.length() - 1; i++) {
            char c = w.charAt(i);
            if (c == '\'' || c == '’') return w.substring(i + 1);
        }
        return w;
    }

    /** The letters of an acronym in Latin script: "МЧС" → "mcs", "U.N." → "un". */
    String letters(String acronym) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < acronym.length(); i++) {
            char c = acronym.charAt(i);
            if (!Character.isLetter(c)) continue;
            char latin = NameKeys.firstLatin(Character.toLowerCase(c));
            if (latin != 0) b.append(latin);
        }
        return b.toString();
    }

    /** A place key without its kind nouns and connectors: "gaza strip", "band de gaza" → "gaza"; "" when nothing is left. */
    String placeCore(String key) {
        StringBuilder b = new StringBuilder();
        for (String w : key.split(" ")) {
            if (placeKinds.contains(w) || connectorKeys.contains(w)) continue;
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }

    /** The content words of an organisation's name, sorted, and the country it names ("" when none). */
    record Core(String words, String country) {
    }

    /**
     * The core of an organisation's key: its words less connectors and the words naming a country (a demonym or a
     * country's name), in sorted order, or null when fewer than two words are left or none is an organisation
     * noun ("lebanon health ministri" → "health ministri" + LB).
     */
    Core organisationCore(String key, Set<String> orgHeads) {
        List<String> words = new ArrayList<>();
        String country = "";
        boolean head = false;
        for (String w : key.split(" ")) {
            if (connectorKeys.contains(w)) continue;
            String c = demonymKeys.get(w);
            if (c == null) c = countryNamed(w);
            if (c != null) {
                if (!country.isEmpty() && !country.equals(c)) return null; // two countries: a joint body
                country = c;
                continue;
            }
            if (orgHeads.contains(w)) head = true;
            words.add(w);
        }
        if (!head || words.size() < 2) return null;
        Collections.sort(words);
        return new Core(String.join(" ", words), country);
    }

    private String countryNamed(String wordKey) {
        for (KbAlias a : kb.lookup(wordKey)) {
            if (!a.acronym() && a.entry().roles().contains("country")) return a.entry().country().orElse(null);
        }
        return null;
    }
}
