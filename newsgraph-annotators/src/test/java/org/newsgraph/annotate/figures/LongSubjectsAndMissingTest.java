package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Totals named by a long subject ("the number of people killed in … rose to 40") and people nobody can find, in each
 * language; counts headed by nouns for groups of people.
 */
class LongSubjectsAndMissingTest {
    @Test
    void aCountHeadMakesAMeasureWordNameATotalFarFromItsNumber() {
        assertThat(Counts.of("en", "The number of people killed by the mudslides in the northern hills rose to 46."))
                .containsExactly("46 killed");
        assertThat(Counts.of("en", "The number of people who died in the blaze at the market has reached 19."))
                .containsExactly("19 killed");
        assertThat(Counts.of("fr", "Le nombre de personnes blessées lors des heurts dans la capitale est passé à 75."))
                .containsExactly("75 injured");
        assertThat(Counts.of("ru", "Количество погибших в результате схода селя в горном районе выросло до 46."))
                .containsExactly("46 killed");
    }

    @Test
    void withoutACountHeadAFarMeasureWordCountsNothing() {
        assertThat(Counts.of("en", "People killed by the mudslides in the northern hills were buried in 3 villages."))
                .isEmpty();
    }

    @Test
    void peopleNobodyCanFindAreMissing() {
        assertThat(Counts.of("en", "The whereabouts of 25 hikers are still unknown.")).containsExactly("25 missing");
        assertThat(Counts.of("fr", "On est toujours sans nouvelles de 14 marins.")).containsExactly("14 missing");
        assertThat(Counts.of("ru", "Местонахождение 25 туристов до сих пор не установлено."))
                .containsExactly("25 missing");
        assertThat(Counts.of("ru", "Пропавшими без вести считаются 11 рыбаков.")).containsExactly("11 missing");
    }

    @Test
    void nounsForGroupsOfPeopleHeadACount() {
        assertThat(Counts.of("en", "The militia killed 17 pilgrims.")).containsExactly("17 killed");
        assertThat(Counts.of("fr", "Les gardes-côtes ont secouru 40 migrants ; 6 pêcheurs sont portés disparus."))
                .containsExactly("40 other", "6 missing");
    }

    @Test
    void peopleStillSearchedForOrOutOfReachAreMissing() {
        assertThat(Counts.of("en", "Rescuers are searching for 8 people near the dam.")).containsExactly("8 missing");
        assertThat(Counts.of("en", "Eleven people have not been found.")).containsExactly("11 missing");
        assertThat(Counts.of("fr", "Les secours recherchent toujours 8 personnes.")).containsExactly("8 missing");
        assertThat(Counts.of("fr", "13 personnes n'ont toujours pas été retrouvées.")).containsExactly("13 missing");
        assertThat(Counts.of("ru", "Спасатели ищут 8 человек.")).containsExactly("8 missing");
        assertThat(Counts.of("ru", "Не выходят на связь 10 туристов.")).containsExactly("10 missing");
    }

    @Test
    void aSearchAfterAnArrestLeavesTheArrestItsMeasure() {
        assertThat(Counts.of("en", "Police arrested 3 people in a search for weapons.")).containsExactly("3 arrested");
    }
}
