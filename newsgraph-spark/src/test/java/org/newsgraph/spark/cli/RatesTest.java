package org.newsgraph.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatesTest {

    @Test
    void slowSmallRunsKeepADecimalInsteadOfReadingZero() {
        assertThat(Rates.perSecond(3, 7.5, "articles")).isEqualTo(" (0.4 articles/s)");
        assertThat(Rates.perSecond(1200, 10, "articles")).isEqualTo(" (120 articles/s)");
    }

    @Test
    void nothingCountedPrintsNoRate() {
        assertThat(Rates.perSecond(0, 5, "articles")).isEmpty();
    }
}
