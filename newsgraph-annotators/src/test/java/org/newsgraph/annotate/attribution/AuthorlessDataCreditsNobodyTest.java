package org.newsgraph.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Reference;

/**
 * "According to official data", "d'après les chiffres officiels", "по официальным данным": a figure credited to data
 * that the sentence names no author for has no source, neither the data's phrase nor the last person who spoke; a
 * figure whose data has an author in its sentence keeps that author.
 */
class AuthorlessDataCreditsNobodyTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    /** figure value → its source's text ("" when none), the whole pipeline run on the text. */
    private static Map<Double, String> sources(String lang, String text) {
        Analysis a = Analyses.of(PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2031-01-14"), Optional.empty(),
                text, Optional.empty(), Optional.empty(), Optional.of(lang))));
        return a.figures().stream().collect(Collectors.toMap(Figure::value,
                f -> f.source().flatMap(Reference::text).orElse(""), (x, y) -> x));
    }

    @Test
    void englishOfficialDataNamesNobody() {
        assertThat(sources("en", "The regional governor, Mark Olsen, said the river was still rising on Monday. "
                + "According to official data, 1,200 people were evacuated from the valley."))
                .containsEntry(1200.0, "");
    }

    @Test
    void frenchOfficialFiguresNameNobody() {
        assertThat(sources("fr", "Le ministre de l'Intérieur a déclaré lundi que la situation restait grave. "
                + "D'après les chiffres officiels, 1 200 personnes ont été évacuées de la vallée."))
                .containsEntry(1200.0, "");
    }

    @Test
    void russianOfficialDataNameNobody() {
        assertThat(sources("ru", "Вице-губернатор Ольга Смирнова заявила, что вода продолжает прибывать. "
                + "По официальным данным, ранены 30 человек."))
                .containsEntry(30.0, "");
    }

    @Test
    void dataWithTheirAuthorKeepTheAuthor() {
        assertThat(sources("en", "The regional governor, Mark Olsen, said the river was still rising on Monday. "
                + "According to data from the health ministry, 45 people were injured in the valley."))
                .containsEntry(45.0, "the health ministry");
    }
}
