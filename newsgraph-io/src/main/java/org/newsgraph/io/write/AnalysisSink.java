package org.newsgraph.io.write;

import java.io.IOException;

/** Analyses written one after another in one format; {@link #close()} ends the output (a closing bracket) but
 * leaves the underlying writer open. Not thread-safe: one writer thread at a time. */
public interface AnalysisSink extends AutoCloseable {

    void write(org.newsgraph.core.model.Analysis analysis) throws IOException;

    @Override
    default void close() throws IOException {
    }
}
