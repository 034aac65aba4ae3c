package org.newsgraph.annotate.attribution;

import java.util.List;
import org.newsgraph.core.Layer;

/**
 * The layers that keep each attribution's ranking on the document, for {@code newsgraph analyze --explain}: the
 * quotes annotator's (speakers, and the sources of "selon X" attributions) and the figures annotator's (sources).
 */
public final class Rankings {
    public static final Layer<List<Ranking>> QUOTES = Layer.of("quote-rankings", List.class);
    public static final Layer<List<Ranking>> FIGURES = Layer.of("figure-rankings", List.class);

    private Rankings() {
    }
}
