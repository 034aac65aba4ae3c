package org.newsgraph.annotate.framing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.text.Normalizer;

/**
 * The KB list of place names replaced by an official renaming ({@code entities/kb/superseded-names.tsv}: "Alma-Ata"
 * became Almaty in 1993), each row with its source. Exonyms are not in it: "Moscou" is the French name of Moscow,
 * not a former one. Looked up by the normalised, diacritic-free form of a place mention; a form ending in {@code *}
 * covers case endings ("Алма-Ат*": Алма-Аты, Алма-Ате).
 */
final class SupersededNames {
    static final String RESOURCE = "/org/newsgraph/annotate/entities/kb/superseded-names.tsv";

    /** One renamed place: its current name, country, when it was renamed and the source of the fact. */
    record Renaming(String current, String country, String renamed, String source) {
    }

    private static final Normalizer NORMALIZER = Normalizer.basic();
    private final Map<String, Renaming> exact = new HashMap<>();
    private final List<Map.Entry<String, Renaming>> stems = new ArrayList<>();

    private SupersededNames(Lexicon rows) {
        for (List<String> row : rows.rows()) {
            if (row.size() < 5) {
                throw new IllegalStateException(RESOURCE + ":" + rows.line(rows.rows().indexOf(row))
                        + ": expected old names, current name, country, year renamed and source separated by tabs");
            }
            Renaming r = new Renaming(row.get(1), row.get(2), row.get(3), row.get(4));
            for (String form : row.get(0).split("\\|")) {
                if (form.endsWith("*")) stems.add(Map.entry(key(form.substring(0, form.length() - 1)), r));
                else exact.put(key(form), r);
            }
        }
    }

    /** The shipped list, read once. */
    static SupersededNames standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final SupersededNames STANDARD = load();

        private static SupersededNames load() {
            try (InputStream in = SupersededNames.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE + ": rebuild the jar");
                return new SupersededNames(Lexicon.read("superseded-names", in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The renaming a place mention's words stand for, if they are a superseded name. */
    Optional<Renaming> find(String mention) {
        String k = key(mention);
        Renaming r = exact.get(k);
        if (r != null) return Optional.of(r);
        for (Map.Entry<String, Renaming> e : stems) {
            // a stem covers case endings only: "Алма-Ат" + at most three letters
            if (k.startsWith(e.getKey()) && k.length() - e.getKey().length() <= 3) return Optional.of(e.getValue());
        }
        return Optional.empty();
    }

    private static String key(String s) {
        return NORMALIZER.withoutDiacritics(NORMALIZER.normalize(s.strip())).replace('ё', 'е');
    }
}
