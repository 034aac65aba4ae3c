package org.newsgraph.io.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.lang.CoreLexicons;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.text.Normalizer;

/**
 * Month names of every installed language, from the packs' time vocabulary ({@link CoreLexicons#TIMES_WORDS},
 * categories {@code MONTH} and {@code MONTHABBR}): "janvier", "января", "Jan." → 1. Reading a page, the language is
 * not known yet, so all packs are asked, each name in its pack's comparison form ({@link Normalizer}); a name two
 * languages give different months (none today) keeps the first.
 */
public final class MonthNames {
    private static final List<Normalizer> NORMALIZERS = new ArrayList<>();
    private static final Map<String, Integer> MONTHS = load();

    private MonthNames() {
    }

    /** The month (1–12) a word names in some installed language, ignoring case and a final dot. */
    public static Optional<Integer> of(String word) {
        for (Normalizer n : NORMALIZERS) {
            Integer month = MONTHS.get(fold(n, word));
            if (month != null) return Optional.of(month);
        }
        return Optional.empty();
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        for (LanguagePack pack : LanguagePacks.all()) {
            Normalizer normalizer = Normalizer.of(pack);
            if (!NORMALIZERS.contains(normalizer)) NORMALIZERS.add(normalizer);
            for (List<String> row : pack.lexicon(CoreLexicons.TIMES_WORDS).rows()) {
                if (row.size() < 3 || !(row.get(1).equals("MONTH") || row.get(1).equals("MONTHABBR"))) continue;
                try {
                    int month = Integer.parseInt(row.get(2).strip());
                    if (month >= 1 && month <= 12) out.putIfAbsent(fold(normalizer, row.get(0)), month);
                } catch (NumberFormatException e) {
                    // not a month row
                }
            }
        }
        if (NORMALIZERS.isEmpty()) NORMALIZERS.add(Normalizer.basic());
        return Map.copyOf(out);
    }

    /** The comparison form without a final dot ("Jan." and "jan" are one name). */
    private static String fold(Normalizer normalizer, String s) {
        String w = normalizer.normalize(s.strip());
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
