package org.newsgraph.store;

import java.util.List;
import java.util.Map;

/**
 * The hits of a search (best first, or newest first), the exact number of matching articles, and how the matches
 * spread over languages and outlets (value → count, largest first).
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Integer>> facets) {
}
