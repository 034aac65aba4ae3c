package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Reference;

/**
 * "We have counted 17 missing," said X: a figure inside a quote whose own clause has a first-person subject ("we",
 * "nous", "мы") comes from whoever speaks the quote, never from the pronoun.
 */
class FirstPersonInAQuoteIsItsSpeakerTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static String source(String lang, String text) {
        Analysis a = Analyses.of(PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2031-03-02"),
                Optional.empty(), text, Optional.empty(), Optional.empty(), Optional.of(lang))));
        assertThat(a.figures()).hasSize(1);
        Figure f = a.figures().get(0);
        return f.source().flatMap(Reference::text).orElse("");
    }

    @Test
    void english() {
        assertThat(source("en", "\"We have counted 17 missing so far,\" said Lorcan Mabry, a rescue coordinator."))
                .contains("Mabry");
    }

    @Test
    void french() {
        assertThat(source("fr", "« Nous avons recensé 17 disparus pour l'instant », a déclaré Lorcan Mabry, "
                + "coordinateur des secours.")).contains("Mabry");
    }

    @Test
    void russian() {
        assertThat(source("ru", "«Мы насчитали 17 пропавших без вести», — заявил координатор спасателей Лоркан Мабри."))
                .contains("Мабри");
    }
}
