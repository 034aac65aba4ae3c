package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IsoNumbersTest {

    @Test
    void numbersArePaddedAsFormatPadsThem() {
        for (int width : new int[] {2, 4}) {
            for (int v : new int[] {-12345, -100, -5, 0, 7, 9, 10, 42, 99, 100, 999, 1000, 2022, 9999, 10000, 123456}) {
                assertThat(IsoNumbers.padded(v, width)).isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", v));
            }
        }
    }

    @Test
    void yearsAndMonthsOrWeeksReadAsIsoValues() {
        assertThat(IsoNumbers.yearAnd(2022, "-", 1)).isEqualTo("2022-01");
        assertThat(IsoNumbers.yearAnd(987, "-W", 47)).isEqualTo("0987-W47");
        assertThat(IsoNumbers.yearAnd(-44, "-", 3)).isEqualTo("-044-03");
    }

    @Test
    void aClockTimeAndItsOffsetAreWrittenWholeAndPadded() {
        assertThat(Zones.format(java.time.LocalDateTime.of(2022, 1, 5, 8, 3), java.util.Optional.empty()))
                .isEqualTo("2022-01-05T08:03");
        assertThat(Zones.formatOffset(java.time.ZoneOffset.ofHoursMinutes(-3, -30))).isEqualTo("-03:30");
        assertThat(Zones.formatOffset(java.time.ZoneOffset.ofHours(6))).isEqualTo("+06:00");
    }
}
