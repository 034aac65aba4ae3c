package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which measure belongs to which number when a sentence lists several: a cue after a coordinating word opens the next
 * item, a weak head noun yields to a strong cue of its own clause, and a sentence-opening breakdown refers to the
 * nearest count before it.
 */
class ListsOfCountsTest {
    @Test
    void aCueAfterAndBelongsToTheNextItemOfTheList() {
        assertThat(Counts.of("en", "The number of deaths climbed to 86 and injuries to more than 2,400."))
                .containsExactly("86 killed", "2400 injured");
        assertThat(Counts.of("en", "Fatalities rose to 31 and the number of wounded to 140."))
                .containsExactly("31 killed", "140 injured");
        assertThat(Counts.of("fr", "Le nombre de morts est monté à 86 et celui des blessés à plus de 2 400."))
                .containsExactly("86 killed", "2400 injured");
    }

    @Test
    void aSecondVerbOfTheClauseDoesNotCountTheBreakdownBeforeIt() {
        assertThat(Counts.of("en", "The fire killed 64 people, including nine Peruvians, and injured 300."))
                .containsExactly("64 killed", "9 killed", "300 injured");
    }

    @Test
    void aWeakHeadNounYieldsToAStrongCueOfItsOwnClause() {
        assertThat(Counts.of("en", "Field hospitals treated 230 victims of the blast.")).containsExactly("230 injured");
        // a cue of the clause before the coordinating word stays there
        assertThat(Counts.of("en", "Some 800 residents were evacuated and 5,000 protesters marched."))
                .containsExactly("800 evacuated", "5000 participants");
    }

    @Test
    void victimsAreDeadUnlessTheirSentenceSaysOtherwise() {
        assertThat(Counts.of("en", "The earthquake claimed 1,750 victims.")).containsExactly("1750 killed");
        assertThat(Counts.of("en", "Divers recovered the bodies of 31 victims.")).containsExactly("31 killed");
        assertThat(Counts.of("fr", "Le glissement de terrain a fait 57 victimes.")).containsExactly("57 killed");
        // a breakdown into the wounded says what the victims were
        assertThat(Counts.of("en", "Clinics registered 2,900 victims. Among them were 2,700 wounded."))
                .containsExactly("2900 injured", "2700 injured");
    }

    @Test
    void aBreakdownOpeningItsSentenceRefersToTheNearestCount() {
        // the nearest count (of names) says nothing of the dead or the wounded: no measure is guessed for the shares
        assertThat(Counts.of("en", "About 900 people were injured. The office later released a list of 61 names. "
                + "Among them are 12 Chileans and 4 Peruvians."))
                .containsExactly("900 injured", "12 other", "4 other");
        assertThat(Counts.of("en", "About 900 people were injured. Among them are 12 Chileans and 4 Peruvians."))
                .containsExactly("900 injured", "12 injured", "4 injured");
    }

    @Test
    void theNextItemsOfAListCountWhatTheFirstCounts() {
        assertThat(Counts.of("en", "The dead included two Americans, three Britons and four Canadians."))
                .containsExactly("2 killed", "3 killed", "4 killed");
        assertThat(Counts.of("en", "Among the victims were six children, five women and four men."))
                .containsExactly("6 killed", "5 killed", "4 killed");
        assertThat(Counts.of("en", "Those killed were seven Norvanians, eight Tarskans and two Britons."))
                .containsExactly("7 killed", "8 killed", "2 killed");
    }

    @Test
    void aCountJoinedToAFigureByACommaIsNoItemWhenItsHeadCountsThings() {
        assertThat(Counts.of("en", "Police arrested 12 people, and 40 cars were burned."))
                .containsExactly("12 arrested");
    }
}
