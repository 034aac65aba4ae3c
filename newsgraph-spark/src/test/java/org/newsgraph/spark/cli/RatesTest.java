package org.newsgraph.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void slowSmallRunsSayTheTimePerArticleInsteadOfReadingZero() {
        assertThat(Rates.perSecond(3, 7.5, "articles")).isEqualTo(" (2.5 s per article)");
        assertThat(Rates.perSecond(6, 158.5, "articles")).isEqualTo(" (26.4 s per article)");
        assertThat(Rates.perSecond(30, 7.5, "articles")).isEqualTo(" (4.0 articles/s)");
        assertThat(Rates.perSecond(1200, 10, "articles")).isEqualTo(" (120 articles/s)");
    }

    @Test
    void nothingCountedPrintsNoRate() {
        assertThat(Rates.perSecond(0, 5, "articles")).isEmpty();
    }
}
