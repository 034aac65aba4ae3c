package org.newsgraph.server;

import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.io.write.html.ArticleLinks;

/** The article page's links on the server: an entity to the search of articles naming it, a figure to its fact. */
final class ServerLinks implements ArticleLinks {
    private final boolean stored;

    /** {@code stored}: the analysis is in the store (figures have fact pages); false on the analyse page. */
    ServerLinks(boolean stored) {
        this.stored = stored;
    }

    @Override
    public Optional<String> entity(Entity e) {
        return Optional.of("/search?entity=" + Paths.param(e.name()));
    }

    @Override
    public Optional<String> fact(Analysis a, int figureIndex) {
        if (!stored) return Optional.empty();
        return Optional.of("/fact?article=" + Paths.param(a.id()) + "&figure=" + figureIndex);
    }
}
