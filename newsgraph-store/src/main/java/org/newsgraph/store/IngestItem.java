package org.newsgraph.store;

import org.newsgraph.core.Article;

/** One thing to ingest: an article read from {@code origin} (a file, a line, a record), or why it could not be read. */
public sealed interface IngestItem {

    String origin();

    /** An article ready to analyse. */
    record Readable(Article article, String origin) implements IngestItem {
    }

    /** An input that could not be turned into an article; counted as failed with its reason. */
    record Unreadable(String origin, String reason) implements IngestItem {
    }
}
