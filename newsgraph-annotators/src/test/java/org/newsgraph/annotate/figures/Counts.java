package org.newsgraph.annotate.figures;

import java.util.List;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Reference;

/**
 * The figures of a text as "value measure" strings ("46 killed"), or as the texts of their sources (null when none),
 * for tests that check what each number counts and who it is credited to.
 */
final class Counts {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private Counts() {
    }

    /** The figures of a text, in the annotator's order. */
    static List<Figure> figures(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES);
    }

    static List<String> of(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES).stream()
                .map(f -> (int) f.value() + " " + f.measure().name().toLowerCase()).toList();
    }

    static List<String> sources(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES).stream()
                .map(Figure::source)
                .map(s -> s.flatMap(Reference::text).orElse(null))
                .toList();
    }
}
