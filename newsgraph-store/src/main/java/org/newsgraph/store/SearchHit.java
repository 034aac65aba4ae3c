package org.newsgraph.store;

import java.util.Optional;

/** One article found: what identifies it, where and when it was published, and a snippet around the match. */
public record SearchHit(String id, Optional<String> title, Optional<String> outlet, String lang,
                        Optional<String> published, Optional<String> url, float score, String snippet) {
}
