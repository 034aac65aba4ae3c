package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who the figures' own clause reading credits: the subject of a passive of saying ("X was quoted as saying by the
 * agency": X, not the agency) and whom a medium quotes ("the agency quoted X as saying"), never a subject that holds the count itself ("Eleven people were reported missing"),
 * while a number word that heads no count still opens a source ("One official said").
 */
class PassiveSpeechAndCountsInSubjectsTest {
    @Test
    void theSubjectOfAPassiveOfSayingIsTheSource() {
        assertThat(Counts.sources("en", "Nine people were killed, police spokesman Brannock Teel was quoted as saying "
                + "by the local agency.")).containsExactly("police spokesman Brannock Teel");
    }

    @Test
    void whoAMediumQuotesIsTheSourceNotTheMedium() {
        assertThat(Counts.sources("en", "The Norvan agency quoted the regional governor as saying 12 people died."))
                .containsExactly("the regional governor");
        assertThat(Counts.sources("en", "The mayor was quoted by local television as saying 30 people were injured."))
                .containsExactly("The mayor");
    }

    @Test
    void aSubjectHoldingTheCountInWordsIsNoSource() {
        assertThat(Counts.sources("en", "At least eleven people were reported missing.")).containsExactly((String) null);
        assertThat(Counts.sources("en", "Eleven people were reported missing on Sunday.")).containsExactly((String) null);
    }

    @Test
    void aNumberWordThatCountsNoOneStillOpensASource() {
        assertThat(Counts.sources("en", "One official said 12 people were injured.")).containsExactly("One official");
    }
}
