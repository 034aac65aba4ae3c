package org.newsgraph.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;

class AnalysisJsonReaderTest {

    @Test
    void readsEveryLayerOfTheAnalysisFormat() {
        String json = """
                {"id": "a1", "lang": "en", "published": "2030-02-01", "url": "https://x.example/a1",
                 "outlet": {"name": "The Example", "domain": "x.example", "evidence": "url"},
                 "title": "Storm", "text": "Storm\\n\\nAbout 40 people died in Norland, officials said.",
                 "entities": [{"id": "e1", "type": "LOCATION", "name": "Norland", "country": "NO", "lat": 1.5,
                               "mentions": [{"text": "Norland", "start": 33, "end": 40},
                                            {"text": "there", "start": 0, "end": 5, "kind": "pronoun"}]}],
                 "quotes": [{"text": "We grieve", "start": 1, "end": 10, "direct": true, "speaker": {"entity": null, "text": "officials"}}],
                 "figures": [{"value": 40, "max": 45, "approximate": true, "bound": "at_least", "measure": "killed",
                              "text": "About 40 people died", "start": 7, "end": 27,
                              "source": {"entity": null, "text": "officials"}, "part_of": null},
                             {"value": 3, "approximate": false, "measure": "injured", "text": "3", "start": 0, "end": 1,
                              "source": null, "part_of": 0, "extra": "ignored"}],
                 "times": [{"text": "today", "start": 0, "end": 5, "value": null, "mod": null}],
                 "unknown": {"nested": true}}
                """;
        Analysis a = AnalysisJsonReader.read(json);
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.outlet()).hasValueSatisfying(o -> assertThat(o.domain()).contains("x.example"));
        assertThat(a.entities().get(0).type()).isEqualTo(EntityType.LOCATION);
        assertThat(a.entities().get(0).country()).contains("NO");
        assertThat(a.entities().get(0).mentions()).extracting(Mention::kind)
                .containsExactly(Mention.Kind.NAME, Mention.Kind.PRONOUN);
        Figure f = a.figures().get(0);
        assertThat(f.measure()).isEqualTo(Measure.KILLED);
        assertThat(f.max().getAsDouble()).isEqualTo(45);
        assertThat(f.bound()).contains(Figure.Bound.AT_LEAST);
        assertThat(f.source().flatMap(s -> s.text())).contains("officials");
        assertThat(a.figures().get(1).partOf().getAsInt()).isZero();
        assertThat(a.figures().get(1).source()).isEmpty();
        assertThat(a.times().get(0).value()).isEmpty();
        assertThat(a.quotes().get(0).direct()).isTrue();
    }

    @Test
    void missingLayersAreEmpty() {
        Analysis a = AnalysisJsonReader.read("{\"id\": \"b\", \"text\": \"t\"}");
        assertThat(a.entities()).isEmpty();
        assertThat(a.outlet()).isEmpty();
        assertThat(a.lang()).isEqualTo("und");
    }

    @Test
    void notJsonIsRejectedWithAMessage() {
        assertThatThrownBy(() -> AnalysisJsonReader.read("{oops")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an analysis JSON object");
    }
}
