package org.newsgraph.io.write.webanno;

import java.io.Writer;
import org.newsgraph.io.write.AnalysisFormat;
import org.newsgraph.io.write.AnalysisSink;
import org.newsgraph.io.write.WriteOptions;

/**
 * {@code --format webanno}: each article as a W3C Web Annotation {@code AnnotationPage} in JSON-LD, one annotation
 * per entity mention, quote, figure, time, event and framing span (docs/interop.md). One page per line for several
 * articles, an indented page for one.
 */
public final class WebAnnotationFormat implements AnalysisFormat {
    @Override
    public String name() {
        return "webanno";
    }

    @Override
    public String description() {
        return "W3C Web Annotation JSON-LD: an AnnotationPage per article (docs/interop.md)";
    }

    @Override
    public String fileName() {
        return ".jsonld";
    }

    @Override
    public AnalysisSink open(Writer out, WriteOptions options) {
        WebAnnotationWriter writer = new WebAnnotationWriter(!options.several());
        return a -> out.write(writer.toJson(a) + "\n");
    }
}
