package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.facts.ArticleFixture.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;
import org.newsgraph.core.model.Measure;

class ReportExtractorTest {
    private static final Cues RETRACTION = Cues.of(Lexicon.of("r", List.of(
            List.of("technical error*", "near"), List.of("withdrawn", "sentence"))));
    private static final Cues EARLIER = Cues.of(Lexicon.of("e", List.of(List.of("previous*"))));
    private static final ReportExtractor EXTRACTOR = new ReportExtractor(
            lang -> Map.of("en", RETRACTION).getOrDefault(lang, Cues.none()),
            lang -> Map.of("en", EARLIER).getOrDefault(lang, Cues.none()));

    @Test
    void aRetractionCueInTheNextSentenceRetractsTheFigure() {
        var a = article("a1", "en", "2030-03-02", "Officials said 88 people died in Norland. "
                + "The ministry later called the number a technical error.\nElsewhere 12 people were hurt.")
                .figure("88 people died", 88, Measure.KILLED, "Officials")
                .figure("12 people were hurt", 12, Measure.INJURED, null).build();
        List<Report> reports = EXTRACTOR.reports(a);
        assertThat(reports).extracting(Report::value, Report::retracted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(88.0, true),
                        org.assertj.core.groups.Tuple.tuple(12.0, false));
        assertThat(reports.get(0).retractionCue()).contains("technical error*");
    }

    @Test
    void aSentenceScopedCueDoesNotReachTheNeighbours() {
        var a = article("a2", "en", "2030-03-02", "Troops were withdrawn from the border. Officials said 40 people died.")
                .figure("40 people died", 40, Measure.KILLED, null).build();
        assertThat(EXTRACTOR.reports(a).get(0).retracted()).isFalse();
    }

    @Test
    void partsAreListedUnderTheirWholeNotAsReports() {
        var a = article("a3", "en", "2030-03-02", "In all 50 people died, including 7 firefighters.")
                .figure("50 people died", 50, Measure.KILLED, null)
                .part("7 firefighters", 7, Measure.KILLED, 0).build();
        List<Report> reports = EXTRACTOR.reports(a);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).parts()).containsExactly(new Report.Part(7, "7 firefighters"));
    }

    @Test
    void thePlaceNamedInTheFiguresSentenceWinsOverTheArticlesMainPlace() {
        var a = article("a4", "en", "2030-03-02", "Storms hit Norland and Norland's coast. "
                + "In Southia 9 people died.")
                .place("Norland", null, "Norland")
                .place("Southia", null, "Southia")
                .figure("9 people died", 9, Measure.KILLED, null).build();
        assertThat(EXTRACTOR.reports(a).get(0).place().key()).isEqualTo("southia");
    }

    @Test
    void aCityIsPlacedInItsCountry() {
        var a = article("a5", "en", "2030-03-02", "In Almaty 9 people died.")
                .place("Almaty", "KZ", "Almaty")
                .figure("9 people died", 9, Measure.KILLED, null).build();
        assertThat(EXTRACTOR.reports(a).get(0).place()).isEqualTo(new Place("KZ", "Kazakhstan"));
    }

    @Test
    void aDateWellBeforePublicationInTheSentenceDatesTheEvent() {
        var a = article("a6", "en", "2030-03-02", "Back in May 2025, 16 people died there. Today 3 people died.")
                .time("May 2025", "2025-05")
                .figure("16 people died", 16, Measure.KILLED, null)
                .figure("3 people died", 3, Measure.KILLED, null).build();
        List<Report> reports = EXTRACTOR.reports(a);
        assertThat(reports.get(0).eventDate()).contains(LocalDate.of(2025, 5, 1));
        assertThat(reports.get(1).eventDate()).contains(LocalDate.of(2030, 3, 2));
    }

    @Test
    void aFigureIntroducedAsThePreviousCountIsMarkedEarlier() {
        var a = article("a7", "en", "2030-03-02", "Now 60 people are dead. The previous toll was 41.")
                .figure("60 people are dead", 60, Measure.KILLED, null)
                .figure("41", 41, Measure.KILLED, null).build();
        assertThat(EXTRACTOR.reports(a)).extracting(Report::earlier).containsExactly(false, true);
    }

    @Test
    void figuresOfMeasureOtherAreNotCompared() {
        var a = article("a8", "en", "2030-03-02", "The damage cost 5 million.")
                .figure("5 million", 5_000_000, Measure.OTHER, null).build();
        assertThat(EXTRACTOR.reports(a)).isEmpty();
    }

    @Test
    void anEarlierCueAfterTheFigureIsAboutAnotherNumber() {
        var a = article("a9", "en", "2030-03-02", "Officials said 225 people died, far more than previously announced.")
                .figure("225 people died", 225, Measure.KILLED, "Officials").build();
        assertThat(EXTRACTOR.reports(a).get(0).earlier()).isFalse();
    }

    @Test
    void localCountsBesideALargerNationalCountAreItsParts() {
        var a = article("a10", "en", "2030-03-02", "Across Norland 90 people died. In Riverton 50 died, in Lakeside 12.")
                .place("Norland", null, "Norland")
                .place("Riverton", "NO", "Riverton")
                .place("Lakeside", "NO", "Lakeside")
                .figure("90 people died", 90, Measure.KILLED, null)
                .figure("50 died", 50, Measure.KILLED, null)
                .figure("12", 12, Measure.KILLED, null).build();
        // Norland is not a real country: the national count is placed in Norland, the local ones in Norway (NO)
        assertThat(EXTRACTOR.reports(a)).hasSize(3);

        var b = article("a11", "en", "2030-03-02", "Across Norway 90 people died. In Riverton 50 died, in Lakeside 12.")
                .place("Norway", null, "Norway")
                .place("Riverton", "NO", "Riverton")
                .place("Lakeside", "NO", "Lakeside")
                .figure("90 people died", 90, Measure.KILLED, null)
                .figure("50 died", 50, Measure.KILLED, null)
                .figure("12", 12, Measure.KILLED, null).build();
        List<Report> reports = EXTRACTOR.reports(b);
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo(90);
            assertThat(r.parts()).extracting(Report.Part::value).containsExactly(50.0, 12.0);
        });
    }

    @Test
    void aLocalCountAloneStaysAReport() {
        var a = article("a12", "en", "2030-03-02", "In Riverton 50 people died.")
                .place("Riverton", "NO", "Riverton")
                .figure("50 people died", 50, Measure.KILLED, null).build();
        assertThat(EXTRACTOR.reports(a)).hasSize(1);
    }

    @Test
    void aGroupNounRightAfterTheNumberMakesASubgroupCount() {
        Cues nouns = Cues.of(Lexicon.of("g", List.of(List.of("police*"), List.of("child*"))));
        assertThat(ReportExtractor.subgroup("12 police killed", nouns)).contains("police*");
        assertThat(ReportExtractor.subgroup("dont 4 353 children", nouns)).contains("child*");
        assertThat(ReportExtractor.subgroup("225 people, including 19 police", nouns)).isEmpty();
        assertThat(ReportExtractor.subgroup("no number here: police", nouns)).isEmpty();
    }
}
