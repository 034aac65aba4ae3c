package org.newsgraph.io.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;

/**
 * Month names of every installed language, from the packs' time vocabulary ({@code times-words}, categories
 * {@code MONTH} and {@code MONTHABBR}): "janvier", "января", "Jan." → 1. Reading a page, the language is not known
 * yet, so all packs are asked; a name two languages give different months (none today) keeps the first.
 */
public final class MonthNames {
    private static final Map<String, Integer> MONTHS = load();

    private MonthNames() {
    }

    /** The month (1–12) a word names in some installed language, ignoring case and a final dot. */
    public static Optional<Integer> of(String word) {
        String w = fold(word);
        if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
        return Optional.ofNullable(MONTHS.get(w));
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        for (LanguagePack pack : LanguagePacks.all()) {
            for (List<String> row : pack.lexicon("times-words").rows()) {
                if (row.size() < 3 || !(row.get(1).equals("MONTH") || row.get(1).equals("MONTHABBR"))) continue;
                try {
                    int month = Integer.parseInt(row.get(2).strip());
                    String term = fold(row.get(0));
                    if (term.endsWith(".")) term = term.substring(0, term.length() - 1);
                    if (month >= 1 && month <= 12) out.putIfAbsent(term, month);
                } catch (NumberFormatException e) {
                    // not a month row
                }
            }
        }
        return Map.copyOf(out);
    }

    private static String fold(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
