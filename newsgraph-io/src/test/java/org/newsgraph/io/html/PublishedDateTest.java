package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedDateTest {
    @Test
    void keepsIsoValuesAndRepairsTheirSeparators() {
        assertThat(PublishedDate.normalise("2020-03-03T09:05:00.000Z")).contains("2020-03-03T09:05:00.000Z");
        assertThat(PublishedDate.normalise("2020-03-03 09:05:00")).contains("2020-03-03T09:05:00");
        assertThat(PublishedDate.normalise("2020-03-03T09:05:00+0100")).contains("2020-03-03T09:05:00+01:00");
        assertThat(PublishedDate.normalise("2020-03-03")).contains("2020-03-03");
    }

    @Test
    void readsMachineFormatsWithEnglishMonthAbbreviations() {
        assertThat(PublishedDate.normalise("Tue, 03 Mar 2020 09:05:00 GMT")).contains("2020-03-03");
        assertThat(PublishedDate.normalise("Fri 6:45 PM, Mar 3, 2020")).contains("2020-03-03");
        assertThat(PublishedDate.normalise("March 3rd, 2020 - 09:05 GMT")).contains("2020-03-03");
    }

    @Test
    void refusesPlaceholdersAndNonDates() {
        assertThat(PublishedDate.normalise("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(PublishedDate.normalise("yesterday")).isEmpty();
        assertThat(PublishedDate.normalise("2020-13-45")).isEmpty();
    }
}
