package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);

    @Test
    void aWeekdayIsTheNearestOnOrBeforeTheAnchor() {
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.MONDAY, 0, false)).isEqualTo("2024-05-13");
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, 0, false)).isEqualTo("2024-05-15");
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.THURSDAY, 0, false)).isEqualTo("2024-05-09");
    }

    @Test
    void aWeekdayAheadIsOnOrAfterTheAnchorAndNextOrLastSkipsTheAnchorItself() {
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.THURSDAY, 0, true)).isEqualTo("2024-05-16");
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, 0, true)).isEqualTo("2024-05-15");
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, 1, false)).isEqualTo("2024-05-22");
        assertThat(TimeResolver.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, -1, false)).isEqualTo("2024-05-08");
    }

    @Test
    void isoWeeksAcrossTheNewYear() {
        assertThat(TimeResolver.week(LocalDate.of(2021, 1, 3))).isEqualTo("2020-W53");
        assertThat(TimeResolver.week(LocalDate.of(2024, 12, 30))).isEqualTo("2025-W01");
    }

    @Test
    void relativeFramesNeedAnAnchor() {
        TimeFrame yesterday = new TimeFrame();
        yesterday.set("RELDAY", "-1", 0);
        TimeResolver.Context none = new TimeResolver.Context(Optional.empty(), Optional.empty(), false);
        assertThat(TimeResolver.resolve(yesterday, none).value()).isEmpty();
        TimeResolver.Context anchored = new TimeResolver.Context(Optional.of(WEDNESDAY), Optional.empty(), false);
        assertThat(TimeResolver.resolve(yesterday, anchored).value()).contains("2024-05-14");
    }

    @Test
    void aDateThatDoesNotExistIsNotInvented() {
        TimeFrame f = new TimeFrame();
        f.set("DAY", "31", 31);
        f.set("MONTH", "2", 0);
        f.set("YEAR", "2023", 2023);
        TimeResolver.Context anchored = new TimeResolver.Context(Optional.of(WEDNESDAY), Optional.empty(), false);
        assertThat(TimeResolver.resolve(f, anchored).value()).isEmpty();
    }

    @Test
    void aClockTimeInANamedZoneTakesThatZonesOffsetOnThatDay() {
        TimeFrame f = new TimeFrame();
        f.set("HOUR", "9", 9);
        f.set("MIN", "30", 30);
        f.set("ZONE", "Europe/Paris", 0);
        TimeResolver.Context winter = new TimeResolver.Context(Optional.of(LocalDate.of(2024, 1, 10)), Optional.empty(), false);
        TimeResolver.Context summer = new TimeResolver.Context(Optional.of(LocalDate.of(2024, 7, 10)), Optional.empty(), false);
        assertThat(TimeResolver.resolve(f, winter).value()).contains("2024-01-10T09:30+01:00");
        assertThat(TimeResolver.resolve(f, summer).value()).contains("2024-07-10T09:30+02:00");
    }
}
