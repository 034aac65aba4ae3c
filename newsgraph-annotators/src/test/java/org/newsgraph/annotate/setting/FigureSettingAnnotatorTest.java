package org.newsgraph.annotate.setting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.StandardPipeline;
import org.newsgraph.core.Analyses;
import org.newsgraph.core.Article;
import org.newsgraph.core.Pipeline;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Figure;

/** Each figure carries the place and date its sentence gives, on sentences written for this test. */
class FigureSettingAnnotatorTest {
    private static final Pipeline PIPELINE = StandardPipeline.create();

    private static Analysis analyse(String text) {
        return Analyses.of(PIPELINE.run(new Article("t", Optional.empty(), Optional.of("2031-01-14"), Optional.empty(),
                text, Optional.empty(), Optional.empty(), Optional.empty())));
    }

    /** figure value → name of its place entity ("" when none). */
    private static Map<Double, String> places(Analysis a) {
        Map<String, String> names = a.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name));
        return a.figures().stream().collect(Collectors.toMap(Figure::value,
                f -> f.place().map(names::get).orElse(""), (x, y) -> x));
    }

    @Test
    void theNearestPlaceOfTheFiguresOwnClauseWins() {
        Analysis a = analyse("Au moins 40 personnes sont mortes au Kazakhstan lundi, dont 12 à Almaty.");
        assertThat(places(a)).containsEntry(40.0, "Kazakhstan").containsEntry(12.0, "Almaty");
    }

    @Test
    void aPlaceNamedRightBeforeTheFigureIsItsPlaceInRussian() {
        Analysis a = analyse("Землетрясение произошло в Китае, в Алматы восемь человек получили травмы.");
        assertThat(places(a)).containsEntry(8.0, "Almaty");
    }

    @Test
    void theDateOfTheSentenceIsTheFiguresDate() {
        Analysis a = analyse("On Monday, the floods killed 25 people in Norway. Rescuers are still searching.");
        assertThat(a.figures()).singleElement().satisfies(f -> {
            assertThat(f.date()).contains("2031-01-13");
            assertThat(f.place()).isPresent();
        });
    }

    @Test
    void aFigureWhoseSentenceNamesNeitherHasNeither() {
        Analysis a = analyse("The storm hit Norway on Monday.\n\nIt killed 25 people.");
        assertThat(a.figures()).singleElement().satisfies(f -> {
            assertThat(f.place()).isEmpty();
            assertThat(f.date()).isEmpty();
        });
    }

    @Test
    void onlyDaysMonthsAndYearsAreDates() {
        assertThat(FigureSettingAnnotator.calendarDate("2022-01-15T20:00+06:00")).contains("2022-01-15");
        assertThat(FigureSettingAnnotator.calendarDate("2022-01")).contains("2022-01");
        assertThat(FigureSettingAnnotator.calendarDate("2022-W02")).isEmpty();
        assertThat(List.of("2022")).allSatisfy(v -> assertThat(FigureSettingAnnotator.calendarDate(v)).contains(v));
    }
}
