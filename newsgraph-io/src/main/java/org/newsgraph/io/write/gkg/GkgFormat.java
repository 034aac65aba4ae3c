package org.newsgraph.io.write.gkg;

import java.io.Writer;
import org.newsgraph.io.write.AnalysisFormat;
import org.newsgraph.io.write.AnalysisSink;
import org.newsgraph.io.write.WriteOptions;

/** {@code --format gkg}: one GDELT GKG 2.1-compatible tab-separated row per article, no header (docs/interop.md). */
public final class GkgFormat implements AnalysisFormat {
    @Override
    public String name() {
        return "gkg";
    }

    @Override
    public String description() {
        return "one GDELT GKG 2.1-compatible tab-separated row per article (docs/interop.md)";
    }

    @Override
    public String fileName() {
        return "articles.gkg.tsv";
    }

    @Override
    public boolean oneFilePerBatch() {
        return true;
    }

    @Override
    public AnalysisSink open(Writer out, WriteOptions options) {
        return a -> out.write(GkgRow.of(a) + "\n");
    }
}
