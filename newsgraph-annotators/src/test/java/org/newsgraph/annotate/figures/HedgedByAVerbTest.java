package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Figure;

/**
 * A count said to go beyond a number ("exceeded 40", "dépasse 30", "превысило 30") is approximate with an at-least
 * bound; one that only may reach it ("could reach 300", "pourrait atteindre 50", "может достичь 200") is approximate
 * without a bound. The measure and value stay those of the number.
 */
class HedgedByAVerbTest {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private static Figure only(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        List<Figure> fs = doc.expect(Layers.FIGURES);
        assertThat(fs).hasSize(1);
        return fs.get(0);
    }

    private static void hedged(Figure f, double value, Optional<Figure.Bound> bound) {
        assertThat(f.value()).isEqualTo(value);
        assertThat(f.approximate()).isTrue();
        assertThat(f.bound()).isEqualTo(bound);
    }

    @Test
    void goingBeyondANumberIsAtLeastIt() {
        hedged(only("en", "The death toll exceeded 40 on Monday."), 40, Optional.of(Figure.Bound.AT_LEAST));
        hedged(only("fr", "Le bilan dépasse 30 morts."), 30, Optional.of(Figure.Bound.AT_LEAST));
        hedged(only("fr", "Le bilan dépasse les 30 morts."), 30, Optional.of(Figure.Bound.AT_LEAST));
        hedged(only("ru", "Число погибших превысило 30."), 30, Optional.of(Figure.Bound.AT_LEAST));
        hedged(only("ru", "Число жертв может превысить 50."), 50, Optional.of(Figure.Bound.AT_LEAST));
    }

    @Test
    void mayReachANumberIsApproximateWithoutBound() {
        hedged(only("en", "The toll could reach 300 by the end of the week."), 300, Optional.empty());
        hedged(only("fr", "Le bilan pourrait atteindre 50 morts."), 50, Optional.empty());
        hedged(only("ru", "Число пострадавших может достичь 200."), 200, Optional.empty());
    }
}
