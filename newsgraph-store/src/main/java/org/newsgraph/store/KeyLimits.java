package org.newsgraph.store;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Lucene indexes a keyword of at most 32,766 bytes (UTF-8). An id or URL longer than that cannot be a key of the
 * store: the article is refused with that reason, instead of Lucene's "immense term" message. Facet keys
 * (entities, outlets) over the limit are left out of the facets; the article is stored all the same.
 */
final class KeyLimits {
    static final int MAX_KEY_BYTES = 32_766;

    private KeyLimits() {
    }

    static boolean fits(String key) {
        // a char is at most 3 UTF-8 bytes: most keys are decided without encoding them
        return key.length() * 3L <= MAX_KEY_BYTES || key.getBytes(StandardCharsets.UTF_8).length <= MAX_KEY_BYTES;
    }

    /** Why the article cannot be stored under these keys, if it cannot. */
    static Optional<String> problem(ArticleKeys keys) {
        if (!fits(keys.id())) {
            return Optional.of("the id is " + keys.id().getBytes(StandardCharsets.UTF_8).length + " bytes long, over the store's "
                    + "limit of 32,766 bytes for a key: give the article a shorter id");
        }
        if (keys.url().isPresent() && !fits(keys.url().get())) {
            return Optional.of("the URL is " + keys.url().get().getBytes(StandardCharsets.UTF_8).length + " bytes long, over the "
                    + "store's limit of 32,766 bytes for a key: give the article its real URL, or none");
        }
        return Optional.empty();
    }
}
