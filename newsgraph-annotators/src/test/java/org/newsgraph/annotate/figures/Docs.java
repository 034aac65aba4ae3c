package org.newsgraph.annotate.figures;

import java.util.List;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.LanguageGuess;

/** Documents for tests: the language is given, the real segmenter splits the sentences. */
final class Docs {
    private static final Segmenter SEGMENTER = new Segmenter();

    private Docs() {
    }

    static Doc segmented(String lang, String text) {
        Doc doc = new Doc(Article.of("test", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1.0));
        doc.put(Layers.BOILERPLATE, List.of());
        SEGMENTER.annotate(doc);
        return doc;
    }
}
