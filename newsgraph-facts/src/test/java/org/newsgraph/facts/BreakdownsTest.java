package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Measure;

/** Breakdowns by status, share and place are listed under their total, never compared with it as claims. */
class BreakdownsTest {
    private static final FactComparison COMPARISON = FactComparison.standard();

    @Test
    void aStatusBreakdownInRussianIsAPartOfTheTotal() {
        List<Report> reports = COMPARISON.extractor().reports(article("ru-1", "ru", "2031-02-03",
                "Всего погибли 90 человек. Из 90 погибших 41 человек умерли в больницах города.")
                .figure("погибли 90 человек", 90, Measure.KILLED, "министерство")
                .figure("41 человек умерли", 41, Measure.KILLED, "министерство").build());
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(90);
            assertThat(r.parts()).singleElement().satisfies(p -> {
                assertThat(p.value()).isEqualTo(41);
                assertThat(p.scope()).contains("in hospital");
            });
        });
    }

    @Test
    void hospitalCountsOfAnArticleAreNoContradictionOfItsTotal() {
        List<FactGroup> groups = COMPARISON.compare(List.of(article("en-1", "en", "2031-02-03",
                "The blast injured 300 people in Norway. The hospital admitted 115, with 60 in serious condition.")
                .place("Norway", "NO", "Norway")
                .figure("injured 300 people", 300, Measure.INJURED, "the police")
                .figure("admitted 115", 115, Measure.INJURED, "the hospital")
                .figure("60 in serious condition", 60, Measure.INJURED, "the hospital").build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.counts().contradictions()).isZero();
            assertThat(g.reports()).singleElement().satisfies(r -> assertThat(r.parts()).hasSize(2));
        });
    }

    @Test
    void aShareOfTheCountJustGivenIsAPart() {
        List<Report> reports = COMPARISON.extractor().reports(article("fr-1", "fr", "2031-02-03",
                "La police a interpellé 150 personnes, 40 d'entre elles à Lyon.")
                .figure("interpellé 150 personnes", 150, Measure.ARRESTED, "La police")
                .figure("40 d'entre elles", 40, Measure.ARRESTED, "La police").build());
        assertThat(reports).singleElement().satisfies(r -> assertThat(r.parts()).extracting(Report.Part::value)
                .containsExactly(40.0));
    }

    @Test
    void aHospitalCountOfAnotherArticleIsComparedOnlyWithHospitalCounts() {
        List<FactGroup> groups = COMPARISON.compare(List.of(
                article("a", "en", "2031-02-03", "The storm injured 300 people in Norway, the police said.")
                        .place("Norway", "NO", "Norway").figure("injured 300 people", 300, Measure.INJURED, "the police").build(),
                article("b", "en", "2031-02-03", "In Norway 80 people were hospitalised after the storm, doctors said.")
                        .place("Norway", "NO", "Norway")
                        .figure("80 people were hospitalised", 80, Measure.INJURED, "doctors").build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.counts().contradictions()).isZero();
            assertThat(g.status()).isEqualTo(FactGroup.Status.CONSISTENT);
            assertThat(g.latest()).extracting(i -> g.reports().get(i).value()).containsExactly(300.0);
        });
    }

    @Test
    void countsForTwoCitiesOfOneCountryAreNotCompared() {
        List<FactGroup> groups = COMPARISON.compare(List.of(
                article("a", "en", "2031-02-03", "In Bergen 12 people died in the floods.")
                        .place("Norway", "NO").place("Bergen", "NO", "Bergen")
                        .figure("12 people died", 12, Measure.KILLED, "officials").build(),
                article("b", "en", "2031-02-03", "In Trondheim 30 people died in the floods.")
                        .place("Norway", "NO").place("Trondheim", "NO", "Trondheim")
                        .figure("30 people died", 30, Measure.KILLED, "rescuers").build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.counts().contradictions()).isZero());
    }

    @Test
    void twoOlderCountsQuotedByTwoArticlesDoNotDisputeEachOther() {
        List<FactGroup> groups = COMPARISON.compare(List.of(
                article("a", "en", "2031-02-03", "The previous toll in Norway was 40.")
                        .place("Norway", "NO", "Norway").figure("40", 40, Measure.KILLED, null).build(),
                article("b", "fr", "2031-02-03", "La Norvège avait précédemment reconnu moins de 30 morts.")
                        .place("Norway", "NO", "Norvège")
                        .atMost("moins de 30 morts", 30, Measure.KILLED, null).build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.relations()).isEmpty());
    }

    @Test
    void aHospitalListsCriticalOutpatientAndChildCountsUnderItsTotal() {
        List<FactGroup> groups = COMPARISON.compare(List.of(article("ru-2", "ru", "2031-02-03",
                "После взрыва в России пострадали 80 человек. Еще 12 человек обратились за амбулаторной помощью. "
                        + "В тяжелом состоянии находятся 20 взрослых и один ребенок. В крайне тяжелом — 5.")
                .place("Russia", "RU", "России")
                .figure("пострадали 80 человек", 80, Measure.INJURED, "министерство")
                .figure("12 человек обратились", 12, Measure.INJURED, "министерство")
                .figure("20 взрослых", 20, Measure.INJURED, "министерство")
                .figure("один ребенок", 1, Measure.INJURED, "министерство")
                .figure("5", 5, Measure.INJURED, "министерство").build()), Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.counts().contradictions()).isZero();
            assertThat(g.reports()).singleElement().satisfies(r -> assertThat(r.parts())
                    .extracting(p -> p.value() + " " + p.scope().orElse(""))
                    .containsExactly("12.0 outpatient", "20.0 critical", "1.0 ребен*", "5.0 critical"));
        });
    }
}
