package org.newsgraph.annotate.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.newsgraph.core.model.Figure;

/**
 * Merges repeated figures: the same value, range and measure reported again in an article (headline, lead and body
 * often repeat the toll) is one figure. The first mention stays, takes the first source any repetition has, and
 * {@code part_of} indices are renumbered.
 */
final class Deduplicator {
    private Deduplicator() {
    }

    static List<Figure> merge(List<Figure> figures) {
        Map<String, Integer> firstByKey = new HashMap<>();
        int[] target = new int[figures.size()];
        List<Figure> kept = new ArrayList<>();
        List<Integer> keptFrom = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String key = f.value() + "|" + f.max() + "|" + f.measure();
            Integer first = firstByKey.get(key);
            if (first == null) {
                firstByKey.put(key, kept.size());
                target[i] = kept.size();
                kept.add(f);
                keptFrom.add(i);
            } else {
                target[i] = first;
                Figure k = kept.get(first);
                if (k.source().isEmpty() && f.source().isPresent()) kept.set(first, k.withSource(f.source().get()));
                if (k.partOf().isEmpty() && f.partOf().isPresent()) kept.set(first, withPartOf(kept.get(first), f.partOf()));
            }
        }
        List<Figure> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Figure f = kept.get(i);
            OptionalInt parent = OptionalInt.empty();
            if (f.partOf().isPresent()) {
                int t = target[f.partOf().getAsInt()];
                if (t != i) parent = OptionalInt.of(t);
            }
            out.add(withPartOf(f, parent));
        }
        return out;
    }

    private static Figure withPartOf(Figure f, OptionalInt partOf) {
        return new Figure(f.value(), f.max(), f.approximate(), f.bound(), f.measure(), f.text(), f.start(), f.end(),
                f.source(), partOf);
    }
}
