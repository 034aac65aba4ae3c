package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart's value axis ends a little above the largest value, with round numbers on its four grid lines. */
class FactChartTest {

    @Test
    void gridLinesCarryRoundNumbers() {
        assertThat(FactChart.niceTop(30)).isEqualTo(32);
        assertThat(FactChart.niceTop(19)).isEqualTo(20);
        assertThat(FactChart.niceTop(225)).isEqualTo(240);
        assertThat(FactChart.niceTop(4578)).isEqualTo(6000);
        assertThat(FactChart.niceTop(3)).isEqualTo(4);
        assertThat(FactChart.niceTop(0)).isEqualTo(4);
    }
}
