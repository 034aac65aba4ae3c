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

    private static final Layer<Integer> COUNT = Layer.of("count", Integer.class);

    @Test
    void buildRejectsAnAnnotatorWhoseRequirementNoAnnotatorProduces() {
        assertThatThrownBy(() -> Pipeline.builder().add(length).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'length' requires layer 'upper' which no annotator of the pipeline produces");
    }

    @Test
    void theOrderIsDerivedFromRequirementsNotFromInsertion() {
        Pipeline p = Pipeline.builder().add(length).add(upper).build();
        assertThat(p.annotators()).extracting(Annotator::name).containsExactly("upper", "length");
        assertThat(p.run(Article.of("a", "abc")).expect(LENGTH)).isEqualTo(3);
    }

    @Test
    void anOptionalLayerOrdersItsProducerFirstButIsNotRequired() {
        Annotator counter = new Annotator() {
            public String name() { return "counter"; }
            public Set<Layer<?>> requires() { return Set.of(); }
            public Set<Layer<?>> uses() { return Set.of(UPPER); }
            public Set<Layer<?>> produces() { return Set.of(COUNT); }
            public void annotate(Doc d) { d.put(COUNT, d.find(UPPER).map(String::length).orElse(-1)); }
        };
        Pipeline both = Pipeline.builder().add(counter).add(upper).build();
        assertThat(both.annotators()).extracting(Annotator::name).containsExactly("upper", "counter");
        assertThat(both.run(Article.of("a", "abcd")).expect(COUNT)).isEqualTo(4);
        assertThat(Pipeline.builder().add(counter).build().run(Article.of("a", "abcd")).expect(COUNT)).isEqualTo(-1);
    }

    @Test
    void annotatorsFreeToRunKeepTheirInsertionOrder() {
        Annotator counter = annotator("counter", Set.of(), Set.of(COUNT), d -> d.put(COUNT, 1));
        Pipeline p = Pipeline.builder().add(counter).add(upper).add(length).build();
        assertThat(p.annotators()).extracting(Annotator::name).containsExactly("counter", "upper", "length");
    }

    @Test
    void readingAnUndeclaredLayerFailsWhenChecked() {
        Annotator sneaky = annotator("sneaky", Set.of(), Set.of(COUNT), d -> d.put(COUNT, d.find(UPPER).map(String::length).orElse(0)));
        Pipeline p = Pipeline.builder().add(upper).add(sneaky).build();
        assertThatThrownBy(() -> p.run(Article.of("a", "abc")))
                .isInstanceOf(Doc.UndeclaredLayerError.class)
                .hasMessageContaining("annotator 'sneaky' reads layer 'upper' it does not declare");
    }

    @Test
    void writingAnUndeclaredLayerFailsWhenChecked() {
        Annotator sneaky = annotator("sneaky", Set.of(), Set.of(), d -> d.put(COUNT, 1));
        assertThatThrownBy(() -> Pipeline.builder().add(sneaky).build().run(Article.of("a", "abc")))
                .hasMessageContaining("writes layer 'count' it does not declare");
    }

    @Test
    void buildRejectsTwoProducersOfOneLayer() {
        Annotator other = annotator("other", Set.of(), Set.of(UPPER), d -> d.put(UPPER, ""));
        assertThatThrownBy(() -> Pipeline.builder().add(upper).add(other).build())
                .hasMessageContaining("layer 'upper' is produced by both 'upper' and 'other'");
    }

    @Test
    void buildRejectsACycleNamingItsAnnotators() {
        Annotator a = annotator("a", Set.of(LENGTH), Set.of(COUNT), d -> { });
        Annotator b = annotator("b", Set.of(COUNT), Set.of(LENGTH), d -> { });
        assertThatThrownBy(() -> Pipeline.builder().add(a).add(b).build()).hasMessageContaining("[a, b]")
                .hasMessageContaining("cycle");
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
        Annotator independent = annotator("independent", Set.of(), Set.of(COUNT), d -> d.put(COUNT, 7));
        Pipeline p = Pipeline.builder().add(broken).add(independent).add(length).build();
        Doc doc = p.run(Article.of("a", "abc"));
        assertThat(doc.find(COUNT)).contains(7);
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
