package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoDatesTest {

    @Test
    void acceptsDatesAndDateTimesWithOffsets() {
        assertThat(IsoDates.isDateOrDateTime("2022-01-29")).isTrue();
        assertThat(IsoDates.isDateOrDateTime("2022-01-29T20:00+06:00")).isTrue();
    }

    @Test
    void refusesWordsImpossibleDatesAndDateTimesWithoutOffset() {
        assertThat(IsoDates.isDateOrDateTime("yesterday")).isFalse();
        assertThat(IsoDates.isDateOrDateTime("2022-02-30")).isFalse();
        assertThat(IsoDates.isDateOrDateTime("2022-01-29T20:00")).isFalse();
    }
}
