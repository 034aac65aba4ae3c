package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Headline verbs with a bare number after them, and nouns for people that head the items of a breakdown. */
class HeadlineVerbsAndPeopleNounsTest {

    @Test
    void aHeadlineVerbCountsTheNumberAfterIt() {
        assertThat(Counts.of("en", "Bomb kills five, wounds 11 in Orlen")).containsExactly("5 killed", "11 injured");
        assertThat(Counts.of("en", "Floods displace 9,000 across the delta")).containsExactly("9000 displaced");
        assertThat(Counts.of("en", "Police detain 35 after clashes in Orlen")).containsExactly("35 arrested");
    }

    @Test
    void casualtiesAndTollsCountTheDead() {
        assertThat(Counts.of("en", "Regional health officials counted 87 casualties by Tuesday evening."))
                .containsExactly("87 killed");
        assertThat(Counts.of("en", "Estimates of the dead varied between 600 and 900, with death tolls still disputed."))
                .containsExactly("600 killed");
        // a nearer cue wins over "casualties"
        assertThat(Counts.of("en", "There were 300 casualties, including 40 injured."))
                .contains("40 injured");
    }

    @Test
    void peopleNounsCarryAListsMeasure() {
        assertThat(Counts.of("en", "Three children and two teachers died when the roof collapsed."))
                .containsExactly("3 killed", "2 killed");
        assertThat(Counts.of("fr", "Trois enfants et deux enseignants ont péri dans l'incendie."))
                .containsExactly("3 killed", "2 killed");
        assertThat(Counts.of("ru", "Трое детей и две женщины погибли при пожаре.")).containsExactly("3 killed", "2 killed");
        assertThat(Counts.of("ru", "Умерла еще одна девочка.")).containsExactly("1 killed");
    }

    @Test
    void leavingOnesHomeIsDisplacement() {
        assertThat(Counts.of("fr", "Quelque 300 habitants ont dû quitter leur domicile.")).containsExactly("300 displaced");
        assertThat(Counts.of("en", "About 300 residents left their homes overnight.")).containsExactly("300 displaced");
    }
}
