package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockFilterTest {
    @Test
    void recognisesDatelinesInAnyLanguage() {
        assertThat(BlockFilter.isDateline("Updated 9:05 am EST, Tuesday, March 3, 2020")).isTrue();
        assertThat(BlockFilter.isDateline("mardi 3 mars 2020 à 09h05")).isTrue();
        assertThat(BlockFilter.isDateline("3 марта 2020, 09:05")).isTrue();
        assertThat(BlockFilter.isDateline("by Ann Lee, March 3, 2020")).isTrue();
    }

    @Test
    void keepsSentencesAndHeadingsThatMentionDates() {
        assertThat(BlockFilter.isDateline("The vote was moved to March 3, 2020 by the council.")).isFalse();
        assertThat(BlockFilter.isDateline("Best ferry routes of 2020")).isFalse();
        assertThat(BlockFilter.isDateline("The terminal opened at 9:05 on Tuesday morning, two hours after the "
                + "first passengers arrived")).isFalse();
    }
}
