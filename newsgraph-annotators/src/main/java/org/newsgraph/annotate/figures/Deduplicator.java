package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Reference;

/**
 * Merges repeated figures: the same value, range and measure reported again in an article (headline, lead and body
 * often repeat the toll) is one figure. The first mention stays and takes the best-named source of its repetitions
 * (an entity, else the text with more proper-name words: "Associated Press" over "Investigation"). A count of people
 * with no measure ("11 человек") repeating a measured figure's value is dropped. A repetition that denies the figure
 * marks it denied. The same value twice in one sentence counts two groups ("two Norvanians and two Keldans",
 * "трое в Орлене и трое в Тарске") and stays twice. {@code part_of} indices are renumbered.
 */
final class Deduplicator {
    private Deduplicator() {
    }

    /** @param sentence the sentence index of each figure */
    static List<Figure> merge(List<Figure> figures, int[] sentence) {
        Map<Key, Integer> firstByKey = new HashMap<>();
        int[] target = new int[figures.size()];
        List<Figure> kept = new ArrayList<>();
        List<Integer> keptFrom = new ArrayList<>();
        Set<Double> measured = new HashSet<>();
        for (Figure f : figures) if (f.measure() != Measure.OTHER) measured.add(f.value());
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (f.measure() == Measure.OTHER && measured.contains(f.value())) {
                target[i] = -1;
                continue;
            }
            Key key = new Key(f.value(), f.max(), f.measure());
            Integer first = firstByKey.get(key);
            if (first == null || sentence[keptFrom.get(first)] == sentence[i]) {
                firstByKey.putIfAbsent(key, kept.size());
                target[i] = kept.size();
                kept.add(f);
                keptFrom.add(i);
            } else {
                target[i] = first;
                Figure k = kept.get(first);
                if (f.source().isPresent() && quality(f.source()) > quality(k.source())) {
                    kept.set(first, k.withSource(f.source().get()));
                }
                if (k.partOf().isEmpty() && f.partOf().isPresent()) {
                    kept.set(first, withPartOf(kept.get(first), f.partOf()));
                }
                // "Reports said 160 died. The ministry denied that 160 died.": the figure stands, denied
                if (!kept.get(first).denied() && f.denied()) kept.set(first, kept.get(first).withDenial(f.denial()));
            }
        }
        List<Figure> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Figure f = kept.get(i);
            OptionalInt parent = OptionalInt.empty();
            if (f.partOf().isPresent()) {
                int t = target[f.partOf().getAsInt()];
                if (t != i && t >= 0) parent = OptionalInt.of(t);
            }
            out.add(withPartOf(f, parent));
        }
        return out;
    }

    /**
     * What makes two figures the same: value, upper bound and measure (a record compares its doubles as
     * {@link Double#compare} does, so as their written forms did: 0.0 and -0.0 differ, NaN meets NaN).
     */
    private record Key(double value, OptionalDouble max, Measure measure) {
    }

    /** 0 for no source, 1 to 3 by how clearly it names someone. */
    private static int quality(Optional<Reference> source) {
        if (source.isEmpty()) return 0;
        if (source.get().entity().isPresent()) return 4;
        String t = source.get().text().orElse("");
        int names = 0;
        // the words are the runs between white space (as a split on \s+ reads them); only their first letters count
        for (int i = 0; i < t.length(); i++) {
            boolean starts = !isSpace(t.charAt(i)) && (i == 0 || isSpace(t.charAt(i - 1)));
            if (starts && (Character.isUpperCase(t.charAt(i)) || Character.isDigit(t.charAt(i)))) names++;
        }
        return 1 + Math.min(names, 2);
    }

    /** White space as the regular expression {@code \s} reads it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static Figure withPartOf(Figure f, OptionalInt partOf) {
        return f.withPartOf(partOf);
    }
}
