package org.newsgraph.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/** Checks on an output directory before any work is done, so a long job never fails at its very end. */
final class OutputPaths {
    private OutputPaths() {
    }

    static void requireAbsent(SparkSession spark, String out, boolean overwrite) {
        if (overwrite) return;
        try {
            Path p = new Path(out);
            if (p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) {
                throw new IllegalArgumentException(out + " already exists: choose another output directory, or add --overwrite");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the output directory " + out + ": " + e.getMessage(), e);
        }
    }
}
