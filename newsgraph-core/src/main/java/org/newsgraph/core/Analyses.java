package org.newsgraph.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.LanguageGuess;

/** Turns an annotated {@link Doc} into the {@link Analysis} the writers serialise. */
public final class Analyses {
    private Analyses() {
    }

    public static Analysis of(Doc doc) {
        Article a = doc.article();
        List<String> warnings = new ArrayList<>();
        for (Doc.AnnotatorFailure f : doc.failures()) {
            warnings.add(f.annotator() + ": " + f.reason());
        }
        String lang = doc.find(Layers.LANGUAGE).map(LanguageGuess::code).orElse(LanguageGuess.UNKNOWN);
        return new Analysis(a.id(), lang, a.published(), doc.find(Layers.OUTLET).flatMap(o -> o),
                a.title(), doc.text(), a.body(), a.url(),
                doc.find(Layers.ENTITIES).orElse(List.of()),
                doc.find(Layers.QUOTES).orElse(List.of()),
                figures(doc),
                doc.find(Layers.TIMES).orElse(List.of()),
                warnings,
                doc.find(Layers.EVENTS).orElse(List.of()),
                doc.find(Layers.FRAMING).orElse(List.of()));
    }

    /** The figures, each with the place and date of its setting when the pipeline made them. */
    private static List<org.newsgraph.core.model.Figure> figures(Doc doc) {
        List<org.newsgraph.core.model.Figure> figures = doc.find(Layers.FIGURES).orElse(List.of());
        List<org.newsgraph.core.model.FigureSetting> settings = doc.find(Layers.FIGURE_SETTINGS).orElse(List.of());
        if (settings.isEmpty()) return figures;
        List<org.newsgraph.core.model.Figure> out = new ArrayList<>(figures);
        for (org.newsgraph.core.model.FigureSetting s : settings) {
            if (s.figure() >= 0 && s.figure() < out.size()) out.set(s.figure(), out.get(s.figure()).withSetting(s.place(), s.date()));
        }
        return out;
    }

    /** Empty when the document has no failures. */
    public static Optional<String> firstFailure(Doc doc) {
        return doc.failures().stream().findFirst().map(f -> f.annotator() + ": " + f.reason());
    }
}
