package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Measure;

class ReportRelationsTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(l -> Cues.none(), l -> Cues.none());
    private static final ReportRelations RELATIONS = new ReportRelations(FactOptions.defaults());

    private static Report single(String id, String date, String text, String surface, double value, String source,
                                 boolean approximate, boolean atLeast) {
        var f = article(id, "en", date, text);
        if (atLeast) f.atLeast(surface, value, Measure.KILLED, source);
        else if (approximate) f.approximate(surface, value, Measure.KILLED, source);
        else f.figure(surface, value, Measure.KILLED, source);
        return EXTRACTOR.reports(f.build()).get(0);
    }

    private static Optional<Relation.Type> relate(Report x, Report y) {
        return RELATIONS.relate(x, 0, y, 1).map(Relation::type);
    }

    @Test
    void anApproximateCountAgreesWithACloseExactOne() {
        Report about = single("a", "2030-01-05", "About 100 died.", "About 100 died", 100, "Police", true, false);
        Report exact = single("b", "2030-01-05", "In all 108 died.", "108 died", 108, "Hospital", false, false);
        assertThat(relate(about, exact)).contains(Relation.Type.AGREEMENT);
    }

    @Test
    void aLowerBoundAgreesWithACountJustAboveIt() {
        Report more = single("a", "2030-01-05", "More than 4,300 died.", "More than 4,300 died", 4300, "X", false, true);
        Report exact = single("b", "2030-01-05", "Exactly 4,578 died.", "4,578 died", 4578, "Y", false, false);
        assertThat(relate(more, exact)).contains(Relation.Type.AGREEMENT);
    }

    @Test
    void differentSourcesWithIncompatibleValuesTheSameDayContradict() {
        Report un = single("a", "2030-01-05", "About 1,000 were hurt.", "About 1,000", 1000, "the United Nations", true, false);
        Report po = single("b", "2030-01-05", "Some 4,578 were hurt.", "4,578", 4578, "the prosecutor", false, false);
        assertThat(relate(un, po)).contains(Relation.Type.CONTRADICTION);
    }

    @Test
    void twoSourcesInOneArticleCanContradictEachOther() {
        var a = article("a", "en", "2030-01-05", "About 1,000 were hurt, said the agency. The prosecutor said 4,578 were hurt.")
                .approximate("About 1,000 were hurt", 1000, Measure.INJURED, "the agency")
                .figure("4,578 were hurt", 4578, Measure.INJURED, "The prosecutor").build();
        List<Report> r = EXTRACTOR.reports(a);
        assertThat(RELATIONS.relate(r.get(0), 0, r.get(1), 1)).map(Relation::type).contains(Relation.Type.CONTRADICTION);
    }

    @Test
    void aBreakdownInOneArticleFromOneSourceIsNotCompared() {
        var a = article("a", "en", "2030-01-05", "In all 225 died. Of them 19 were officers.")
                .figure("225 died", 225, Measure.KILLED, "the prosecutor")
                .figure("19 were officers", 19, Measure.KILLED, "the prosecutor").build();
        List<Report> r = EXTRACTOR.reports(a);
        assertThat(RELATIONS.relate(r.get(0), 0, r.get(1), 1)).isEmpty();
    }

    @Test
    void aLaterDifferentCountIsAnUpdateFromTheEarlierToTheLater() {
        Report later = single("b", "2030-01-15", "Now 225 died.", "225 died", 225, "Prosecutor", false, false);
        Report earlier = single("a", "2030-01-09", "So far 164 died.", "164 died", 164, "Ministry", false, false);
        Relation rel = RELATIONS.relate(later, 0, earlier, 1).orElseThrow();
        assertThat(rel.type()).isEqualTo(Relation.Type.UPDATE);
        assertThat(rel.from()).isEqualTo(1);
        assertThat(rel.to()).isEqualTo(0);
    }

    @Test
    void aLaterLowerCountFromAnotherSourceDisputesTheEarlierOne() {
        Report earlier = single("a", "2030-01-15", "Prosecutors counted 4,578 hurt.", "4,578 hurt", 4578, "Prosecutors", false, false);
        Report later = single("b", "2030-01-29", "About 1,000 were hurt, the agency said.", "About 1,000", 1000, "the agency", true, false);
        assertThat(relate(earlier, later)).contains(Relation.Type.CONTRADICTION);
    }

    @Test
    void aLaterLowerCountFromTheSameSourceIsARevision() {
        Report earlier = single("a", "2030-01-15", "The ministry counted 80 dead.", "80 dead", 80, "The ministry", false, false);
        Report later = single("b", "2030-01-20", "The ministry now counts 61 dead.", "61 dead", 61, "the ministry", false, false);
        assertThat(relate(earlier, later)).contains(Relation.Type.UPDATE);
    }

    @Test
    void aCountGivenAsThePreviousOneIsUpdatedByTodaysCountElsewhere() {
        ReportExtractor withCues = new ReportExtractor(l -> Cues.none(),
                l -> Cues.of(org.newsgraph.core.lang.Lexicon.of("e", List.of(List.of("previous")))));
        Report previous = withCues.reports(article("a", "en", "2030-01-15", "The previous toll was 164.")
                .figure("164", 164, Measure.KILLED, null).build()).get(0);
        Report today = withCues.reports(article("b", "en", "2030-01-15", "Now 225 are dead.")
                .figure("225 are dead", 225, Measure.KILLED, "Officials").build()).get(0);
        Relation rel = RELATIONS.relate(today, 0, previous, 1).orElseThrow();
        assertThat(rel.type()).isEqualTo(Relation.Type.UPDATE);
        assertThat(rel.from()).isEqualTo(1);
    }

    @Test
    void anOldCountQuotedInALaterArticleIsNotPlacedInTime() {
        ReportExtractor withCues = new ReportExtractor(l -> Cues.none(),
                l -> Cues.of(org.newsgraph.core.lang.Lexicon.of("e", List.of(List.of("earlier")))));
        Report jan9 = withCues.reports(article("a", "en", "2030-01-09", "Officials said 164 died.")
                .figure("164 died", 164, Measure.KILLED, "Officials").build()).get(0);
        Report jan15 = withCues.reports(article("b", "en", "2030-01-15", "The army had earlier admitted 40 dead.")
                .figure("40 dead", 40, Measure.KILLED, "The army").build()).get(0);
        assertThat(relate(jan9, jan15)).isEmpty();
    }

    @Test
    void aSubgroupCountIsNotComparedWithATotal() {
        ReportExtractor withNouns = new ReportExtractor(l -> Cues.none(), l -> Cues.none(),
                l -> Cues.of(org.newsgraph.core.lang.Lexicon.of("g", List.of(List.of("police*")))));
        Report police = withNouns.reports(article("a", "en", "2030-01-07", "Clashes left 12 police dead.")
                .figure("12 police dead", 12, Measure.KILLED, null).build()).get(0);
        Report total = withNouns.reports(article("b", "en", "2030-01-07", "In all 164 people died.")
                .figure("164 people died", 164, Measure.KILLED, "Officials").build()).get(0);
        assertThat(police.subgroup()).contains("police*");
        assertThat(RELATIONS.relate(police, 0, total, 1)).isEmpty();
    }
}
