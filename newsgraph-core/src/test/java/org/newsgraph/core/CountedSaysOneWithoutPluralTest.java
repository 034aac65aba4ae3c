package org.newsgraph.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedSaysOneWithoutPluralTest {

    @Test
    void oneTakesTheSingular() {
        assertThat(Counted.of(1, "article")).isEqualTo("1 article");
    }

    @Test
    void zeroAndManyTakeThePlural() {
        assertThat(Counted.of(0, "segment")).isEqualTo("0 segments");
        assertThat(Counted.of(12, "article")).isEqualTo("12 articles");
    }
}
