package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleSplitterTest {

    @Test
    void firstLineFollowedByBlankLineIsTheTitle() {
        TitleSplitter.Split s = TitleSplitter.split("Un titre\n\nLe corps.\n\nSuite.");
        assertThat(s.title()).contains("Un titre");
        assertThat(s.body()).isEqualTo("Le corps.\n\nSuite.");
    }

    @Test
    void firstLineWithoutBlankLineIsBody() {
        TitleSplitter.Split s = TitleSplitter.split("Le corps.\nSuite.");
        assertThat(s.title()).isEmpty();
        assertThat(s.body()).isEqualTo("Le corps.\nSuite.");
    }

    @Test
    void aLongFirstParagraphIsNotATitle() {
        String para = "mot ".repeat(100);
        assertThat(TitleSplitter.split(para + "\n\nSuite.").title()).isEmpty();
    }
}
