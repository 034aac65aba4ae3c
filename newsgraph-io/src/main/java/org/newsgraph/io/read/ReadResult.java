package org.newsgraph.io.read;

import java.util.Optional;
import org.newsgraph.core.Article;

/** One article read from an input, or why the article at that place could not be read. */
public record ReadResult(String origin, Optional<Article> article, Optional<String> error) {

    public static ReadResult ok(String origin, Article article) {
        return new ReadResult(origin, Optional.of(article), Optional.empty());
    }

    public static ReadResult failed(String origin, String error) {
        return new ReadResult(origin, Optional.empty(), Optional.of(error));
    }
}
