package org.newsgraph.server;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.io.write.html.ArticleLinks;

/**
 * The article page's links on the server: an entity to the search of articles naming it, a figure to its fact —
 * only the figures the comparison reads (a figure of no compared measure, part of another or folded into a total
 * has no fact page of its own), so no link leads to a "not found".
 */
final class ServerLinks implements ArticleLinks {
    private final Set<Integer> comparedFigures;

    private ServerLinks(Set<Integer> comparedFigures) {
        this.comparedFigures = Set.copyOf(comparedFigures);
    }

    /** A stored analysis: the figures at these indices have fact pages. */
    static ServerLinks stored(Set<Integer> comparedFigures) {
        return new ServerLinks(comparedFigures);
    }

    /** An analysis shown without being stored (the analyse page): its figures are in no fact group. */
    static ServerLinks posted() {
        return new ServerLinks(Set.of());
    }

    @Override
    public Optional<String> entity(Entity e) {
        return Optional.of("/search?entity=" + Paths.param(e.name()));
    }

    @Override
    public Optional<String> fact(Analysis a, int figureIndex) {
        if (!comparedFigures.contains(figureIndex)) return Optional.empty();
        return Optional.of("/fact?article=" + Paths.param(a.id()) + "&figure=" + figureIndex);
    }
}
