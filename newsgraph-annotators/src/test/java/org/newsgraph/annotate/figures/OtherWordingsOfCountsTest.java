package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts of the missing, the detained, the evacuated and protesters in other word orders and wordings. */
class OtherWordingsOfCountsTest {

    @Test
    void russianCountsInOtherWordOrders() {
        assertThat(Counts.of("ru", "На связь не выходят 95 человек.")).containsExactly("95 missing");
        assertThat(Counts.of("ru", "Родственники заявили о пропаже 95 человек.")).containsExactly("95 missing");
        assertThat(Counts.of("ru", "Под стражу взяты 12 человек.")).containsExactly("12 arrested");
        assertThat(Counts.of("ru", "Из домов вывезли 300 человек.")).containsExactly("300 evacuated");
        assertThat(Counts.of("ru", "На площадь вышли около 5 тысяч человек.")).containsExactly("5000 participants");
    }

    @Test
    void protestersInTheStreets() {
        assertThat(Counts.of("fr", "Quelque 5 000 personnes sont descendues dans la rue samedi."))
                .containsExactly("5000 participants");
        assertThat(Counts.of("en", "Some 5,000 people poured into the streets on Saturday."))
                .containsExactly("5000 participants");
    }

    @Test
    void aTollFollowedByItsDayStillCountsTheDead() {
        assertThat(Counts.of("en", "Deaths rose to 190 on Monday, while injuries climbed to over 6,500."))
                .containsExactly("190 killed", "6500 injured");
    }

    @Test
    void aLegalCategoryIsNoCount() {
        assertThat(Counts.of("ru", "Ему предъявлено обвинение в убийстве двух и более лиц.")).isEmpty();
        assertThat(Counts.of("en", "He was charged with the murder of two or more persons.")).isEmpty();
    }
}
