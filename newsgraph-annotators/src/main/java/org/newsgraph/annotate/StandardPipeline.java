package org.newsgraph.annotate;

import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.annotate.entities.EntityAnnotator;
import org.newsgraph.annotate.events.EventAnnotator;
import org.newsgraph.annotate.framing.FramingAnnotator;
import org.newsgraph.annotate.figures.FigureAnnotator;
import org.newsgraph.annotate.language.LanguageIdentifier;
import org.newsgraph.annotate.outlet.OutletIdentifier;
import org.newsgraph.annotate.outlet.OutletRegistry;
import org.newsgraph.annotate.quotes.QuoteAnnotator;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.annotate.times.TimeAnnotator;
import org.newsgraph.core.Pipeline;

/**
 * The pipeline `newsgraph analyze` runs: every annotator; {@link Pipeline} orders them by the layers each
 * requires and uses.
 */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    public static Pipeline create() {
        return create(Optional.empty());
    }

    /**
     * The standard pipeline with a local KB directory (written by {@code newsgraph kb import-geonames}); empty
     * means the default directory {@code ~/.newsgraph/kb} when it exists.
     */
    public static Pipeline create(Optional<Path> localKb) {
        EntityAnnotator entities = localKb.isPresent() ? EntityAnnotator.create(localKb) : EntityAnnotator.create();
        return Pipeline.builder()
                .add(new LanguageIdentifier())
                .add(new OutletIdentifier(OutletRegistry.standard()))
                .add(new Segmenter())
                .add(entities)
                .add(new QuoteAnnotator())
                .add(new FigureAnnotator())
                .add(new TimeAnnotator())
                .add(new org.newsgraph.annotate.setting.FigureSettingAnnotator())
                .add(new EventAnnotator())
                .add(new FramingAnnotator())
                .build();
    }
}
