package org.newsgraph.store;

/**
 * The store's files could not be written (disk full, read-only file system, files removed underneath): not one
 * article's fault, so an ingest stops instead of failing every article after it. The message is one line saying
 * what happened and what to do; what was committed before stays readable.
 */
public final class StoreWriteException extends RuntimeException {
    public StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot write the store DIR (No space left on device): …" from the underlying failure. */
    static StoreWriteException of(java.nio.file.Path dir, Throwable cause) {
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
        if (cause instanceof java.nio.file.AccessDeniedException || cause instanceof java.nio.file.ReadOnlyFileSystemException) {
            why = "permission denied: " + why;
        }
        return new StoreWriteException("cannot write the store " + dir + " (" + why + "): free disk space or fix the "
                + "permissions, then run the ingest again; the articles committed before are kept and the unfinished batch was dropped", cause);
    }
}
