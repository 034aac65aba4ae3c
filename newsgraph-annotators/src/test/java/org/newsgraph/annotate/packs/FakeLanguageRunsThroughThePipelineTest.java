package org.newsgraph.annotate.packs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Quote;

/**
 * A language the engine has never seen, added as one class and the minimum lexicons (the test pack {@code xx}),
 * goes through every annotator of the standard pipeline: the checklist of docs/adding-a-language.md is enough.
 */
class FakeLanguageRunsThroughThePipelineTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();
    private static final String TEXT = """
            Segun la polisa, dek personi morti en Zorba lundo 4 marzu 2024.

            « Ta situo es grava », dakte don Marko Velan.
            """;

    @Test
    void theLanguageIsIdentifiedFromThePacksStopWords() {
        Doc doc = PIPELINE.run(Article.of("xx-1", TEXT));
        assertThat(doc.expect(Layers.LANGUAGE).code()).isEqualTo("xx");
    }

    @Test
    void everyLayerIsProducedWithoutAFailure() {
        Doc doc = PIPELINE.run(Article.of("xx-2", TEXT).withPublished("2024-03-05T08:00:00Z"));
        assertThat(doc.failures()).isEmpty();
        assertThat(doc.expect(Layers.SENTENCES)).hasSizeGreaterThanOrEqualTo(2);
        assertThat(doc.expect(Layers.WORDS).size()).isGreaterThan(20);
        assertThat(doc.expect(Layers.ENTITIES)).isNotNull();
        assertThat(doc.expect(Layers.QUOTES)).extracting(Quote::text).anySatisfy(t -> assertThat(t).contains("situo"));
        assertThat(doc.expect(Layers.FIGURES)).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo(10.0);
            assertThat(f.measure()).isEqualTo(Measure.KILLED);
        });
        assertThat(doc.expect(Layers.TIMES)).anySatisfy(t -> assertThat(t.value()).hasValueSatisfying(v -> assertThat(v).startsWith("2024-03-04")));
    }
}
