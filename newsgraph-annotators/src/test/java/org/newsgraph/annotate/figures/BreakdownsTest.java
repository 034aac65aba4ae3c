package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;

/** Breakdowns of a total: by nationality, by place, drawn from a named whole, and ranges with their own hedges. */
class BreakdownsTest {
    private static final FigureAnnotator ANNOTATOR = new FigureAnnotator();

    private static List<Figure> figures(String lang, String text) {
        var doc = Docs.segmented(lang, text);
        ANNOTATOR.annotate(doc);
        return doc.expect(Layers.FIGURES);
    }

    @Test
    void nationalitiesAfterANumberCountPeople() {
        assertThat(figures("en", "Among the dead were 12 Portuguese, 5 Peruvians and two Canadians."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(12.0, Measure.KILLED), tuple(5.0, Measure.KILLED), tuple(2.0, Measure.KILLED));
        assertThat(figures("fr", "Parmi les blessés figurent 9 Espagnols et trois Suisses."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(9.0, Measure.INJURED), tuple(3.0, Measure.INJURED));
        assertThat(figures("ru", "Среди погибших 7 граждан Польши и два гражданина Литвы."))
                .extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(7.0, Measure.KILLED), tuple(2.0, Measure.KILLED));
    }

    @Test
    void aFramingClauseGivesItsMeasureOrItsWhole() {
        assertThat(figures("en", "Of those who were killed, at least 31 were Peruvian."))
                .extracting(Figure::value, Figure::measure).containsExactly(tuple(31.0, Measure.KILLED));
        List<Figure> whole = figures("en", "Of the 240 injured, 18 were firefighters.");
        assertThat(whole).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(240.0, Measure.INJURED), tuple(18.0, Measure.INJURED));
        assertThat(whole.get(1).partOf()).isEqualTo(OptionalInt.of(0));
        List<Figure> fr = figures("fr", "Parmi les 120 interpellés, 40 étaient mineurs.");
        assertThat(fr).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(120.0, Measure.ARRESTED), tuple(40.0, Measure.ARRESTED));
        assertThat(fr.get(1).partOf()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void aBreakdownOfAWeaklyCountedWholeCountsTheSame() {
        List<Figure> fs = figures("fr", "Quelque 52 000 manifestants ont défilé, dont 9 000 à Nantes.");
        assertThat(fs).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(52000.0, Measure.PARTICIPANTS), tuple(9000.0, Measure.PARTICIPANTS));
        assertThat(fs.get(1).partOf()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void aSubsetCueMayStandBeforeAVerb() {
        List<Figure> fs = figures("en", "The storm left 8,000 people homeless. Among them are 3,000 children.");
        assertThat(fs).extracting(Figure::value, Figure::measure)
                .containsExactly(tuple(8000.0, Measure.DISPLACED), tuple(3000.0, Measure.DISPLACED));
        assertThat(fs.get(1).partOf()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void eachEndOfARangeMayBeHedged() {
        assertThat(figures("en", "Estimates of the dead ranged from more than 900 to over 1,500.")).singleElement()
                .satisfies(f -> {
                    assertThat(f.value()).isEqualTo(900);
                    assertThat(f.max()).hasValue(1500);
                    assertThat(f.measure()).isEqualTo(Measure.KILLED);
                });
    }

    @Test
    void aListOfPlacesSharesTheMeasureOfItsFirstCount() {
        assertThat(counts("en", "Of the dead, 27 were in Harlow, 4 in Brenning and 2 in Coldmere."))
                .containsExactly("27 killed", "4 killed", "2 killed");
        assertThat(counts("en", "The wounded included 31 in Harlow and 8 in Brenning."))
                .containsExactly("31 injured", "8 injured");
        assertThat(counts("fr", "Parmi les blessés, 19 se trouvaient à Vérac, 5 à Lunel et 2 en Corse."))
                .containsExactly("19 injured", "5 injured", "2 injured");
        List<Figure> ru = figures("ru", "Пожары унесли жизни 64 человек, из них 40 в Ордынске и 9 в Сузуне.");
        assertThat(ru).extracting(f -> (int) f.value() + " " + f.measure().name().toLowerCase())
                .containsExactly("64 killed", "40 killed", "9 killed");
        assertThat(ru.get(2).partOf()).isEqualTo(OptionalInt.of(0));
    }

    private static List<String> counts(String lang, String text) {
        return figures(lang, text).stream().map(f -> (int) f.value() + " " + f.measure().name().toLowerCase()).toList();
    }

    @Test
    void aPlacedNumberAloneCountsNothing() {
        assertThat(figures("en", "Trains stopped at 6 in Harlow and 9 in Brenning.")).isEmpty();
        // a place that is itself a measure cue keeps its own measure
        assertThat(counts("en", "Five people were killed, 3 in hospital.")).containsExactly("5 killed", "3 injured");
    }
}
