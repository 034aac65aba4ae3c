package org.newsgraph.spark.read;

import java.util.Locale;
import java.util.Optional;

/** How an input file is read, told by its name. */
public enum InputKind {
    /** One article record per line (FORMAT.md §1); split across tasks by Spark like any text file. */
    JSON_LINES,
    /** A WARC file of crawled pages, plain or gzipped: one task per file. */
    WARC,
    /** One article per file: a {@code .json} record, an {@code .html} page or a {@code .txt} text. */
    SINGLE_ARTICLE;

    public static Optional<InputKind> of(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        else if (n.endsWith(".bz2")) n = n.substring(0, n.length() - 4);
        if (n.endsWith(".warc")) return Optional.of(WARC);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(JSON_LINES);
        if (n.equals(fileName.toLowerCase(Locale.ROOT))
                && (n.endsWith(".json") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt"))) {
            return Optional.of(SINGLE_ARTICLE);
        }
        return Optional.empty();
    }
}
