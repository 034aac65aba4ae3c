package org.newsgraph.cli.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * One-to-one matching of gold and predicted items, best pairs first. Ties go to the later gold item, then the later
 * prediction: the order the reference scorer's reverse sort of (score, gold index, prediction index) gives.
 */
final class GreedyMatch {
    record Pair(int gold, int predicted) {
    }

    private GreedyMatch() {
    }

    static <G, P> List<Pair> of(List<G> golds, List<P> preds, ToDoubleBiFunction<G, P> score) {
        record Scored(double score, int g, int p) {
        }
        List<Scored> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int p = 0; p < preds.size(); p++) {
                double s = score.applyAsDouble(golds.get(g), preds.get(p));
                if (s > 0) pairs.add(new Scored(s, g, p));
            }
        }
        pairs.sort(Comparator.comparingDouble(Scored::score).thenComparingInt(Scored::g).thenComparingInt(Scored::p).reversed());
        boolean[] usedG = new boolean[golds.size()];
        boolean[] usedP = new boolean[preds.size()];
        List<Pair> out = new ArrayList<>();
        for (Scored s : pairs) {
            if (usedG[s.g()] || usedP[s.p()]) continue;
            usedG[s.g()] = true;
            usedP[s.p()] = true;
            out.add(new Pair(s.g(), s.p()));
        }
        return out;
    }
}
