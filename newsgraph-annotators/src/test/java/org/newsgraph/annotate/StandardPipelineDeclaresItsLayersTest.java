package org.newsgraph.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;

/**
 * The standard pipeline's order comes from what its annotators declare, and each reads only what it declares: tests
 * run with assertions on, so {@link Pipeline} checks every read and an undeclared one throws.
 */
class StandardPipelineDeclaresItsLayersTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    @Test
    void readersOfOptionalLayersRunAfterTheirProducers() {
        assertThat(PIPELINE.annotators()).extracting(Annotator::name)
                .containsSubsequence("entities", "quotes", "figures")
                .containsSubsequence("entities", "times")
                .containsSubsequence("language", "outlet", "segmenter", "entities");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "« Nous avons compté 4 578 manifestants samedi à 20h00 à Lyon », a déclaré le préfet de Lyon, Jean Dupont.",
        "\"We counted 300 people at 9 p.m. on Monday in Leeds,\" said the police chief, John Smith.",
        "«Погибли 12 человек», заявил в четверг в 18:00 в Самаре губернатор Самарской области Иван Петров."
    })
    void everyAnnotatorRunsWithOnlyTheLayersItDeclares(String text) {
        Doc doc = PIPELINE.run(Article.of("t", text).withPublished("2024-03-02T10:00:00Z"));
        assertThat(doc.failures()).isEmpty();
        assertThat(doc.has(Layers.WORDS)).isTrue();
        assertThat(doc.expect(Layers.QUOTES)).isNotEmpty();
        assertThat(doc.expect(Layers.FIGURES)).isNotEmpty();
    }
}
