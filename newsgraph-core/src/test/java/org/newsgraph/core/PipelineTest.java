package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
    private static final Layer<String> UPPER = Layer.of("upper", String.class);
    private static final Layer<Integer> LENGTH = Layer.of("length", Integer.class);

    private static Annotator annotator(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, java.util.function.Consumer<Doc> body) {
        return new Annotator() {
            public String name() { return name; }
            public Set<Layer<?>> requires() { return requires; }
            public Set<Layer<?>> produces() { return produces; }
            public void annotate(Doc doc) { body.accept(doc); }
        };
    }

    private final Annotator upper = annotator("upper", Set.of(), Set.of(UPPER), d -> d.put(UPPER, d.text().toUpperCase()));
    private final Annotator length = annotator("length", Set.of(UPPER), Set.of(LENGTH), d -> d.put(LENGTH, d.expect(UPPER).length()));

    @Test
    void buildRejectsAnAnnotatorWhoseRequirementNoEarlierAnnotatorProduces() {
        assertThatThrownBy(() -> Pipeline.builder().add(length).add(upper).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'length' requires layer 'upper'");
    }

    @Test
    void buildRejectsTheSameAnnotatorTwice() {
        assertThatThrownBy(() -> Pipeline.builder().add(upper).add(upper).build()).hasMessageContaining("added twice");
    }

    @Test
    void runProducesLayersInOrder() {
        Doc doc = Pipeline.builder().add(upper).add(length).build().run(Article.of("a", "abc"));
        assertThat(doc.expect(UPPER)).isEqualTo("ABC");
        assertThat(doc.expect(LENGTH)).isEqualTo(3);
        assertThat(doc.failures()).isEmpty();
    }

    @Test
    void aFailingAnnotatorIsRecordedAndItsDependentsSkippedWhileOthersRun() {
        Annotator broken = annotator("broken", Set.of(), Set.of(UPPER), d -> { throw new IllegalStateException("boom"); });
        Annotator independent = annotator("independent", Set.of(), Set.of(), d -> d.put(LENGTH, 7));
        Pipeline p = Pipeline.builder().add(broken).add(independent).add(length).build();
        Doc doc = p.run(Article.of("a", "abc"));
        assertThat(doc.find(LENGTH)).contains(7);
        assertThat(doc.failures()).extracting(Doc.AnnotatorFailure::annotator).containsExactly("broken", "length");
        assertThat(doc.failures().get(0).reason()).contains("boom");
    }

    @Test
    void expectNamesTheMissingLayer() {
        Doc doc = new Doc(Article.of("a", "abc"));
        assertThatThrownBy(() -> doc.expect(UPPER)).hasMessageContaining("layer 'upper' is missing");
        assertThat(doc.find(UPPER)).isEmpty();
    }

    @Test
    void layerRefusesAValueOfTheWrongType() {
        Doc doc = new Doc(Article.of("a", "abc"));
        Layer<List<String>> lists = Layer.of("lists", List.class);
        assertThatThrownBy(() -> doc.put(UPPER, (String) (Object) Integer.valueOf(3))).isInstanceOf(ClassCastException.class);
        assertThat(doc.put(lists, List.of("x")).expect(lists)).containsExactly("x");
    }
}
