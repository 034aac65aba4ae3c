package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyTidierTest {

    @Test
    void aPhotoCreditAboveTheTextIsNoTitleButStaysText() {
        TitleSplitter.Split s = TitleSplitter.split("(ANNA KOVAL / HARBOUR PHOTOS VIA AFP)\n\nDockers blocked the port on Tuesday.\n\nTalks resume today.");
        assertThat(s.title()).isEmpty();
        assertThat(s.body()).startsWith("(ANNA KOVAL / HARBOUR PHOTOS VIA AFP)\n\nDockers blocked the port");
        assertThat(TitleSplitter.split("Dockers block the port\n\nText.").title()).contains("Dockers block the port");
    }

    @Test
    void aLongSentenceEndingWithAPeriodIsAParagraphNotAHeadline() {
        assertThat(TitleSplitter.split("Dockers blocked the port on Tuesday, the union said, and the terminals stayed closed all day."
                + "\n\nTalks resume today.").title()).isEmpty();
    }

    @Test
    void parenthesesInTheTextAreNoCredit() {
        assertThat(BodyTidier.isCredit("(AFP)")).isFalse();
        assertThat(BodyTidier.isCredit("(with reporting by the night desk / updated)")).isFalse();
        assertThat(BodyTidier.isCredit("(ИВАН ПЕТРОВ / ТАСС)")).isTrue();
    }

    @Test
    void aDatelineOpeningOneOfTheFirstLinesBecomesItsOwnParagraph() {
        assertThat(BodyTidier.splitDateline("Port strike ends\nJan 15, 2030\nAlmaty [Kazakhstan], January 15 : The strike ended, the union said."))
                .isEqualTo("Port strike ends\nJan 15, 2030\nAlmaty [Kazakhstan], January 15 :\n\nThe strike ended, the union said.");
        assertThat(BodyTidier.splitDateline("PARIS, 15 janvier 2030 (AFP) - Les dockers ont repris le travail."))
                .startsWith("PARIS, 15 janvier 2030 (AFP) -\n\nLes dockers");
        assertThat(BodyTidier.splitDateline("МОСКВА, 15 января — Забастовка закончилась.")).startsWith("МОСКВА, 15 января —\n\n");
    }

    @Test
    void aSentenceWithACommaAndAColonIsNoDateline() {
        String text = "Mr Berg, 45, said: the quay will reopen.";
        assertThat(BodyTidier.splitDateline(text)).isEqualTo(text);
        String other = "Dockers, police and the mayor met on Friday: talks go on.";
        assertThat(BodyTidier.splitDateline(other)).isEqualTo(other);
    }
}
