package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "One of them" counts one of a group named before, while "one of the participants" picks someone out; a number
 * right before "hospitals" counts hospitals, not the people taken there.
 */
class OneOfAGroupAndCountsOfPlacesTest {

    @Test
    void oneOfThemCountsOneOfTheGroupBefore() {
        assertThat(Counts.of("en", "Forty people were injured. One of them was hospitalised in serious condition."))
                .containsExactly("40 injured", "1 injured");
        assertThat(Counts.of("fr", "Trois pompiers ont été blessés dans l'incendie. L'un d'entre eux souffre de brûlures graves."))
                .containsExactly("3 injured", "1 injured");
        assertThat(Counts.of("fr", "Quarante personnes ont été blessées. L'une d'elles a été hospitalisée."))
                .containsExactly("40 injured", "1 injured");
        assertThat(Counts.of("ru", "Сорок человек получили ранения. Один из них госпитализирован в тяжелом состоянии."))
                .containsExactly("40 injured", "1 injured");
    }

    @Test
    void oneOfASingledOutGroupIsNoCount() {
        assertThat(Counts.of("en", "One of the participants said the march was peaceful.")).isEmpty();
        assertThat(Counts.of("fr", "L'un des manifestants a pris la parole devant la mairie.")).isEmpty();
    }

    @Test
    void aNumberOfHospitalsCountsNoPeople() {
        assertThat(Counts.of("en", "The 230 injured were taken to nine hospitals across the city."))
                .containsExactly("230 injured");
        assertThat(Counts.of("fr", "Les 230 blessés ont été transportés dans neuf hôpitaux.")).containsExactly("230 injured");
        assertThat(Counts.of("ru", "230 пострадавших доставлены в пять больниц города.")).containsExactly("230 injured");
    }

    @Test
    void aGatheringThatBringsPeopleTogetherCountsItsParticipants() {
        assertThat(Counts.of("fr", "Le rassemblement a réuni 3 000 personnes selon la préfecture."))
                .containsExactly("3000 participants");
        assertThat(Counts.of("fr", "Une soixantaine de personnes ont dû être évacuées.")).containsExactly("60 evacuated");
        assertThat(Counts.of("en", "The rally brought together 3,000 people, police said."))
                .containsExactly("3000 participants");
    }

    @Test
    void asWellAsContinuesAList() {
        assertThat(Counts.of("en", "Among the victims were 12 Norvanians, six Keldans, three Ostrians as well as two Varnians."))
                .containsExactly("12 killed", "6 killed", "3 killed", "2 killed");
    }
}
