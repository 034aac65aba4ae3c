package org.newsgraph.annotate;

import org.newsgraph.annotate.language.LanguageIdentifier;
import org.newsgraph.annotate.outlet.OutletIdentifier;
import org.newsgraph.annotate.outlet.OutletRegistry;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Pipeline;

/** The pipeline `newsgraph analyze` runs: every annotator in dependency order. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline create() {
        return Pipeline.builder()
                .add(new LanguageIdentifier())
                .add(new OutletIdentifier(OutletRegistry.standard()))
                .add(new Segmenter())
                .build();
    }
}
