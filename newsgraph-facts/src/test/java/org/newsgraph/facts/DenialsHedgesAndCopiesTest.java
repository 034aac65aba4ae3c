package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;

/** Denied figures, hedges of the body over bare headlines, copies of one wire story, places by containment. */
class DenialsHedgesAndCopiesTest {
    private static final FactComparison COMPARISON = FactComparison.standard();

    @Test
    void aDeniedFigureIsNoLiveClaimAndRetractsTheSameValueReportedBefore() {
        List<FactGroup> groups = COMPARISON.compare(List.of(
                article("wire", "en", "2031-05-01", "Officials in Norway said 45 people had died in the fire.")
                        .place("Norway", "NO", "Norway").figure("45 people had died", 45, Measure.KILLED, "Officials").build(),
                article("paper", "en", "2031-05-02", "The ministry denied reports that 45 people had died in the fire in Norway.")
                        .place("Norway", "NO", "Norway")
                        .denied("45 people had died", 45, Measure.KILLED, null, "The ministry").build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> {
            Report denial = g.reports().get(1);
            assertThat(denial.denied()).isTrue();
            assertThat(denial.marks().deniedBy()).contains("The ministry");
            assertThat(denial.source()).isEmpty();
            assertThat(denial.retracted()).isTrue();
            assertThat(g.retractedBy().get(0)).containsExactly(1);
            assertThat(g.latest()).isEmpty();
        });
    }

    @Test
    void aDeniedHigherFigureIsNeitherAnUpdateNorAContradiction() {
        List<FactGroup> groups = COMPARISON.compare(List.of(
                article("first", "en", "2031-05-01", "Officials in Norway said 12 people had died in the fire.")
                        .place("Norway", "NO", "Norway").figure("12 people had died", 12, Measure.KILLED, "Officials").build(),
                article("rumour", "en", "2031-05-03", "The ministry denied reports that 40 people had died in the fire in Norway.")
                        .place("Norway", "NO", "Norway")
                        .denied("40 people had died", 40, Measure.KILLED, null, "The ministry").build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.relations()).isEmpty();
            assertThat(g.counts().updates()).isZero();
            assertThat(g.counts().contradictions()).isZero();
            assertThat(g.status()).isEqualTo(FactGroup.Status.CONSISTENT);
            assertThat(g.latest()).containsExactly(0);
        });
    }

    @Test
    void theBodysHedgeWinsOverABareHeadline() {
        Report headline = COMPARISON.extractor().reports(article("h", "en", "2031-05-02",
                "600 died in the theatre\n\nClose to 600 people died when the theatre collapsed, investigators said.")
                .titled()
                .figure("600 died", 600, Measure.KILLED, null)
                .approximate("Close to 600 people died", 600, Measure.KILLED, "investigators").build()).get(0);
        assertThat(headline.text()).isEqualTo("600 died");
        assertThat(headline.approximate()).isTrue();

        Report bounded = COMPARISON.extractor().reports(article("b", "fr", "2031-05-02",
                "7 morts dans l'incendie\n\nAu moins 7 personnes sont mortes dans l'incendie.")
                .titled()
                .figure("7 morts", 7, Measure.KILLED, null)
                .atLeast("Au moins 7 personnes sont mortes", 7, Measure.KILLED, null).build()).get(0);
        assertThat(bounded.bound()).contains(Figure.Bound.AT_LEAST);
    }

    @Test
    void copiesOfOneWireStoryAreOneReportWithAllOutlets() {
        String story = "Officials in Norway said on Monday that 31 people died in the landslide near the coast.";
        List<FactGroup> groups = COMPARISON.compare(List.of(
                article("paper-1", "en", "2031-05-02", story).outlet("Paper One").place("Norway", "NO", "Norway")
                        .figure("31 people died", 31, Measure.KILLED, "Officials").build(),
                article("paper-2", "en", "2031-05-03", story).outlet("Paper Two").place("Norway", "NO", "Norway")
                        .figure("31 people died", 31, Measure.KILLED, "Officials").build()),
                Optional.empty(), Optional.empty());
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.reports()).singleElement().satisfies(r -> {
                assertThat(r.articleId()).isEqualTo("paper-1");
                assertThat(r.marks().copies()).extracting(Report.Copy::outlet).containsExactly(Optional.of("Paper Two"));
            });
            assertThat(g.counts().agreements()).isZero();
        });
    }

    @Test
    void aPlaceTheArticleLeavesWithoutCountryIsPlacedInTheGazetteersCountry() {
        Gazetteer islands = new Gazetteer() {
            @Override
            public Set<String> nameKeys(String name) {
                return Set.of(TextKeys.key(name));
            }

            @Override
            public List<Referent> referents(String name) {
                return TextKeys.key(name).equals("crete")
                        ? List.of(new Referent("Crete", EntityType.LOCATION, Optional.of("GR"), Optional.empty()))
                        : Gazetteer.basic().referents(name);
            }

            @Override
            public Optional<String> regionOf(String placeName, Optional<String> country) {
                return Optional.empty();
            }
        };
        FactComparison comparison = FactComparison.standard(islands);
        List<FactGroup> groups = comparison.compare(List.of(article("gr", "en", "2031-07-02",
                "Wildfires on Crete killed 9 people.").place("Crete", null, "Crete")
                .figure("killed 9 people", 9, Measure.KILLED, null).build()), Optional.empty(), Optional.of("Greece"));
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.place().key()).isEqualTo("GR"));
    }
}
