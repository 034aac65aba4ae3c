package org.newsgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;

class NewsgraphTest {
    private static final Newsgraph NEWSGRAPH = Newsgraph.builder().published("2030-06-14").build();

    @Test
    void aRecordWithoutDateTakesTheBuildersAndKeepsItsOwnFields() {
        Article record = new Article("row-17", Optional.of("https://port.example/17"), Optional.empty(),
                Optional.of("Ferry strike"), "The ferry crews of Calais went on strike yesterday, the union said.",
                Optional.empty(), Optional.empty(), Optional.empty());
        Analysis a = NEWSGRAPH.analyze(record);
        assertThat(a.id()).isEqualTo("row-17");
        assertThat(a.published()).contains("2030-06-14");
        assertThat(a.url()).contains("https://port.example/17");
        assertThat(a.times()).anySatisfy(t -> assertThat(t.value()).contains("2030-06-13"));
    }

    @Test
    void anHtmlPageLosesItsBoilerplate() {
        Analysis a = NEWSGRAPH.analyzeHtml("<html><head><title>Quay reopened</title></head><body><nav>Home | Sport</nav>"
                + "<article><h1>Quay reopened</h1><p>The quay of Bergen reopened on Friday after two years of works.</p>"
                + "<p>Fishing boats went back to their berths the same day.</p></article></body></html>", "https://port.example/quay");
        assertThat(a.title()).contains("Quay reopened");
        assertThat(a.body()).contains("Bergen").doesNotContain("Sport");
    }

    @Test
    void badInputAndOptionsAreOneLineErrors() {
        assertThatThrownBy(() -> NEWSGRAPH.analyze("   ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no text");
        assertThatThrownBy(() -> Newsgraph.builder().published("last week")).hasMessageContaining("not an ISO date");
        assertThatThrownBy(() -> Newsgraph.builder().language("xx")).hasMessageContaining("no language pack");
    }
}
