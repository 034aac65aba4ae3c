package org.newsgraph.annotate.figures;

import java.util.List;
import org.newsgraph.core.Layers;

/** The figures of a text as "value measure" strings ("46 killed"), for tests that check what each number counts. */
final class Counts {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private Counts() {
    }

    static List<String> of(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES).stream()
                .map(f -> (int) f.value() + " " + f.measure().name().toLowerCase()).toList();
    }
}
