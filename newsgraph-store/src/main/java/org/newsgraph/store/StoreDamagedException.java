package org.newsgraph.store;

import java.nio.file.Path;

/**
 * The store's files fail their checksums or cannot be decoded: the store is damaged (a disk error, a file edited
 * or truncated by hand). The message is one line naming the store and saying what to do: check it, then repair it,
 * which drops the damaged parts and lists the article ids lost so they can be ingested again.
 */
public final class StoreDamagedException extends RuntimeException {
    public StoreDamagedException(Path dir, Throwable cause) {
        super("the store " + dir + " is damaged (" + reason(cause) + "): run 'newsgraph store check --store " + dir
                + "' for details, then 'newsgraph store repair --store " + dir + "' to drop the damaged part and list the "
                + "articles to ingest again", cause);
    }

    private static String reason(Throwable cause) {
        String m = cause.getMessage();
        if (m == null || m.isBlank()) return cause.getClass().getSimpleName();
        String line = m.lines().findFirst().orElse("");
        // Lucene appends the resource it read ("(resource=BufferedChecksumIndexInput(…))"): the file name is enough
        int res = line.indexOf(" (resource=");
        if (res > 0) line = line.substring(0, res);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** Whether a failure while reading the store means damaged files rather than a bug or a full disk. */
    static boolean isDamage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.lucene.index.CorruptIndexException
                    || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                    || t instanceof org.apache.lucene.index.IndexFormatTooNewException
                    || t instanceof java.io.EOFException
                    || t instanceof AssertionError) {
                return true;
            }
        }
        return false;
    }
}
