package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A total named before a clause set off by commas still counts the number after its verb: "The death toll, which
 * stood at 30 on Monday, rose to 41", "Le nombre de personnes blessées, selon la préfecture, s'élève à 33", "Число
 * людей, погибших в результате паводка, возросло до 40". A subject that names no total counts nothing there.
 */
class TotalInterruptedByAClauseTest {
    @Test
    void english() {
        assertThat(Counts.of("en", "The death toll, which had stood at 30 on Monday, rose to more than 41 on Tuesday."))
                .contains("41 killed");
        assertThat(Counts.of("en", "The number of injured, many of them children, climbed to 120."))
                .containsExactly("120 injured");
        assertThat(Counts.of("en", "The number of people evacuated, the mayor said, had reached 250."))
                .containsExactly("250 evacuated");
    }

    @Test
    void french() {
        assertThat(Counts.of("fr", "Le nombre de personnes blessées, selon la préfecture, s'élève à 33."))
                .containsExactly("33 injured");
        assertThat(Counts.of("fr", "Le bilan, encore provisoire, a été porté à 14 dans la soirée."))
                .containsExactly("14 killed");
    }

    @Test
    void russianParticipleClause() {
        assertThat(Counts.of("ru", "Число людей, погибших в результате паводка, возросло до 40."))
                .containsExactly("40 killed");
        assertThat(Counts.of("ru", "Количество пострадавших, по данным Минздрава, увеличилось до 33."))
                .containsExactly("33 injured");
    }

    @Test
    void aSubjectNamingNoTotalCountsNothing() {
        assertThat(Counts.of("fr", "Le maire, qui s'est rendu sur place, a rencontré 40 habitants."))
                .doesNotContain("40 killed", "40 injured", "40 evacuated");
        assertThat(Counts.of("en", "The mayor, who arrived at noon, met 40 residents."))
                .doesNotContain("40 killed", "40 injured", "40 evacuated");
    }
}
