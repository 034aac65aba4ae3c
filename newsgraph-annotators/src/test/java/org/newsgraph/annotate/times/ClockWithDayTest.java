package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.only;
import static org.newsgraph.annotate.times.TimeDocs.times;
import static org.newsgraph.annotate.times.TimeDocs.value;

import org.junit.jupiter.api.Test;

/** A clock time keeps the day and the zone written with it, or takes the day of the update it belongs to. */
class ClockWithDayTest {
    private static final String WEDNESDAY = "2024-05-22";

    @Test
    void aMilitaryClockWithZoneAndWeekdayKeepsAllThree() {
        assertThat(value(only("en", WEDNESDAY, "Polls closed at 1500 GMT Monday."))).isEqualTo("2024-05-20T15:00+00:00");
        assertThat(value(only("en", WEDNESDAY, "The ceasefire began at 9:30 p.m. GMT Tuesday."))).isEqualTo("2024-05-21T21:30+00:00");
    }

    @Test
    void aClockInADatedUpdateTakesTheUpdatesDay() {
        assertThat(times("en", WEDNESDAY, "May 20: Rescuers reach the village at 14:00.\nMay 21: The road reopens at 09:30."))
                .extracting(TimeDocs::value)
                .containsExactly("2024-05-20", "2024-05-20T14:00", "2024-05-21", "2024-05-21T09:30");
        assertThat(times("fr", WEDNESDAY, "20 mai : les secours arrivent à 14h00.\n21 mai : la route rouvre à 9h30."))
                .extracting(TimeDocs::value)
                .containsExactly("2024-05-20", "2024-05-20T14:00", "2024-05-21", "2024-05-21T09:30");
        assertThat(times("ru", WEDNESDAY, "20 мая: спасатели прибыли в 14:00.\n21 мая: дорогу открыли в 09:30."))
                .extracting(TimeDocs::value)
                .containsExactly("2024-05-20", "2024-05-20T14:00", "2024-05-21", "2024-05-21T09:30");
    }

    @Test
    void aClockWithAWeekdayInFrenchAndRussian() {
        assertThat(value(only("fr", WEDNESDAY, "Le vote a été clos à 15h00 GMT lundi."))).isEqualTo("2024-05-20T15:00+00:00");
        assertThat(times("ru", WEDNESDAY, "В понедельник в 15:00 по московскому времени начались выборы."))
                .extracting(TimeDocs::value).containsExactly("2024-05-20", "2024-05-20T15:00+03:00");
    }
}
