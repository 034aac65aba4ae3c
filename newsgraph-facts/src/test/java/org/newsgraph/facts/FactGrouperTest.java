package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;

class FactGrouperTest {
    private static final Cues RETRACTION = Cues.of(Lexicon.of("r", List.of(List.of("technical error*"))));
    private static final FactComparison COMPARISON = new FactComparison(
            new ReportExtractor(l -> RETRACTION, l -> Cues.none()), FactOptions.defaults());

    /** A fictional unrest: early toll, a retracted toll, an official revision, an unrelated event in spring. */
    private static List<Analysis> corpus() {
        return List.of(
                article("jan09-wire", "en", "2030-01-09", "Officials in Norway said 164 people died in the capital Riverton.")
                        .outlet("Wire").place("Norway", "NO", "Norway").place("Riverton", "NO", "Riverton")
                        .figure("164 people died", 164, Measure.KILLED, "Officials").build(),
                article("jan09-daily", "en", "2030-01-09", "A channel had reported that 164 people died in Norway. "
                        + "The ministry called the figure a technical error.")
                        .outlet("Daily").place("Norway", "NO", "Norway")
                        .figure("164 people died", 164, Measure.KILLED, "A channel").build(),
                article("jan15-post", "en", "2030-01-15", "The prosecutor said 225 people died in Riverton during the unrest.")
                        .outlet("Post").place("Riverton", "NO", "Riverton")
                        .figure("225 people died", 225, Measure.KILLED, "The prosecutor").build(),
                article("apr02-post", "en", "2030-04-02", "A flood in Norway killed 12 people.")
                        .outlet("Post").place("Norway", "NO", "Norway")
                        .figure("killed 12 people", 12, Measure.KILLED, null).build());
    }

    @Test
    void reportsOfOneMeasureAndCountryInOnePeriodFormOneGroup() {
        List<FactGroup> groups = COMPARISON.compare(corpus(), Optional.of(Measure.KILLED), Optional.of("Norway"));
        assertThat(groups).hasSize(2);
        FactGroup unrest = groups.get(0);
        assertThat(unrest.place().key()).isEqualTo("NO");
        assertThat(unrest.reports()).extracting(Report::articleId)
                .containsExactly("jan09-daily", "jan09-wire", "jan15-post");
        assertThat(groups.get(1).reports()).extracting(Report::value).containsExactly(12.0);
    }

    @Test
    void theRetractedCountIsMarkedAndTheSameValueElsewhereCarriesTheRetraction() {
        FactGroup unrest = COMPARISON.compare(corpus(), Optional.of(Measure.KILLED), Optional.empty()).get(0);
        assertThat(unrest.reports().get(0).retracted()).isTrue();
        assertThat(unrest.reports().get(1).retracted()).isFalse();
        assertThat(unrest.retractedBy().get(1)).containsExactly(0);
        assertThat(unrest.counts().retracted()).isEqualTo(1);
    }

    @Test
    void theLaterOfficialCountUpdatesTheEarlierOnes() {
        FactGroup unrest = COMPARISON.compare(corpus(), Optional.of(Measure.KILLED), Optional.empty()).get(0);
        assertThat(unrest.relations()).contains(
                new Relation(Relation.Type.UPDATE, 1, 2, "later count, 6 days after"),
                new Relation(Relation.Type.AGREEMENT, 0, 1, "compatible values"));
        assertThat(unrest.status()).isEqualTo(FactGroup.Status.REVISED);
        assertThat(unrest.latest()).containsExactly(2);
    }

    @Test
    void incompatibleSourcesTheSameDayMakeTheGroupContested() {
        List<Analysis> corpus = List.of(
                article("x", "en", "2030-06-01", "The agency said about 1,000 people were injured in Norway.")
                        .place("Norway", "NO", "Norway")
                        .approximate("about 1,000 people were injured", 1000, Measure.INJURED, "The agency").build(),
                article("y", "en", "2030-06-01", "Prosecutors counted 4,578 injured in Norway.")
                        .place("Norway", "NO", "Norway")
                        .figure("4,578 injured", 4578, Measure.INJURED, "Prosecutors").build());
        List<FactGroup> groups = COMPARISON.compare(corpus, Optional.of(Measure.INJURED), Optional.of("NO"));
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(FactGroup.Status.CONTESTED);
            assertThat(g.counts().contradictions()).isEqualTo(1);
        });
    }

    @Test
    void theGroupsDoNotDependOnTheOrderOfTheArticles() {
        List<Analysis> reversed = new java.util.ArrayList<>(corpus());
        java.util.Collections.reverse(reversed);
        assertThat(COMPARISON.compare(reversed, Optional.empty(), Optional.empty()))
                .isEqualTo(COMPARISON.compare(corpus(), Optional.empty(), Optional.empty()));
    }
}
