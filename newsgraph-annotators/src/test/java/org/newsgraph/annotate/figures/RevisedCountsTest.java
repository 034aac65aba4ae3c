package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Reference;

/** Who revises a count is its source: "raised the toll to", "a porté le bilan à", "повысило число погибших до". */
class RevisedCountsTest {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private static Figure only(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        List<Figure> fs = doc.expect(Layers.FIGURES);
        assertThat(fs).hasSize(1);
        return fs.get(0);
    }

    private static String source(Figure f) {
        return f.source().flatMap(Reference::text).orElse(null);
    }

    @Test
    void theSubjectOfARevisionIsTheSource() {
        Figure en = only("en", "The coast guard raised the death toll to 61 on Friday.");
        assertThat(en.value()).isEqualTo(61);
        assertThat(en.measure()).isEqualTo(Measure.KILLED);
        assertThat(source(en)).isEqualTo("The coast guard");
        Figure fr = only("fr", "La préfecture a porté le bilan à 27 morts dans la soirée.");
        assertThat(source(fr)).isEqualTo("La préfecture");
        Figure ru = only("ru", "Минздрав повысил число погибших до 19.");
        assertThat(ru.measure()).isEqualTo(Measure.KILLED);
        assertThat(source(ru)).isEqualTo("Минздрав");
    }

    @Test
    void aCountThatRoseByItselfHasNoSource() {
        assertThat(source(only("ru", "Число погибших повысилось до 19."))).isNull();
        assertThat(source(only("en", "The death toll rose to 61 on Friday."))).isNull();
    }
}
