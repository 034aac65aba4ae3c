package org.newsgraph.facts;

import java.util.List;
import org.newsgraph.core.model.Figure;

/**
 * Keeps the hedge of the sentence that states a figure: a headline's bare "600 died" over a body's "close to 600"
 * or "at least 600" is the body's approximate or bounded figure, since headlines drop the qualifiers their
 * articles give.
 */
final class Hedges {
    private Hedges() {
    }

    /**
     * The figure with the hedge of a body figure of the same measure and value when {@code f} stands bare in the
     * title (before {@code titleEnd}); otherwise {@code f} itself.
     */
    static Figure fromBody(Figure f, List<Figure> all, int titleEnd) {
        if (f.start() >= titleEnd || hedged(f)) return f;
        for (Figure g : all) {
            if (g.start() < titleEnd || g.measure() != f.measure() || g.value() != f.value() || !hedged(g)) continue;
            return new Figure(f.value(), g.max(), g.approximate(), g.bound(), f.measure(), f.text(), f.start(), f.end(),
                    f.source().or(g::source), f.partOf(), f.denial());
        }
        return f;
    }

    private static boolean hedged(Figure f) {
        return f.approximate() || f.bound().isPresent() || f.max().isPresent();
    }
}
