package org.newsgraph.io.write.html;

import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;

/**
 * Where the article page links to beyond itself: the server links an entity to the search of the articles naming
 * it and a figure to its fact page; the self-contained report ({@link #NONE}) links only within the page.
 * Returned values are URLs built by the caller from escaped or percent-encoded parts.
 */
public interface ArticleLinks {
    Optional<String> entity(Entity e);

    Optional<String> fact(Analysis a, int figureIndex);

    ArticleLinks NONE = new ArticleLinks() {
        @Override
        public Optional<String> entity(Entity e) {
            return Optional.empty();
        }

        @Override
        public Optional<String> fact(Analysis a, int figureIndex) {
            return Optional.empty();
        }
    };
}
