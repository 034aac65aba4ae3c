package org.newsgraph.io.write;

import java.io.Writer;

/**
 * One way of writing analyses: {@code text}, {@code json}, {@code jsonl}, {@code gkg}, {@code webanno},
 * {@code csv}… Every format the command line, the store and Spark offer is one of these, listed once in
 * {@link AnalysisFormats}; a new format is one class there.
 */
public interface AnalysisFormat {

    /** The name users type after {@code --format}. */
    String name();

    /** One line for {@code --help}. */
    String description();

    /**
     * Where {@code analyze --out DIR} puts the output: a file name ending ({@code .json}) written once per article
     * as {@code DIR/<id><ending>}, or — when {@link #oneFilePerBatch()} — the whole name of the one file the batch
     * is written to ({@code figures.csv}).
     */
    String fileName();

    /** True for tables (one row per article or per figure) that a batch writes into one file. */
    default boolean oneFilePerBatch() {
        return false;
    }

    /** Starts writing analyses to {@code out}; the caller closes the sink, then the writer. */
    AnalysisSink open(Writer out, WriteOptions options);
}
