package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.only;
import static org.newsgraph.annotate.times.TimeDocs.times;
import static org.newsgraph.annotate.times.TimeDocs.value;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.TimeExpression;

class EnglishTimesTest {
    private static final String WEDNESDAY = "2023-06-14";

    @Test
    void datesInTheirEnglishOrders() {
        assertThat(value(only("en", WEDNESDAY, "The bridge reopened on Tuesday, May 2, 2023, after repairs."))).isEqualTo("2023-05-02");
        assertThat(value(only("en", WEDNESDAY, "Talks resumed Feb. 9 in the capital."))).isEqualTo("2023-02-09");
        assertThat(value(only("en", WEDNESDAY, "The law took effect on 3 April."))).isEqualTo("2023-04-03");
        assertThat(value(only("en", WEDNESDAY, "The ship left port on June 1st."))).isEqualTo("2023-06-01");
    }

    @Test
    void theModalVerbMayIsNotAMonth() {
        assertThat(times("en", WEDNESDAY, "Officials may release more figures.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "Jan Novak, the mayor, spoke.")).as("an abbreviation alone is no month").isEmpty();
    }

    @Test
    void weekdaysAroundThePublication() {
        assertThat(value(only("en", WEDNESDAY, "The minister resigned on Monday."))).isEqualTo("2023-06-12");
        assertThat(value(only("en", WEDNESDAY, "The council will vote on Friday."))).isEqualTo("2023-06-16");
        assertThat(value(only("en", WEDNESDAY, "The council will vote again, its chair said Monday."))).isEqualTo("2023-06-12");
        assertThat(value(only("en", WEDNESDAY, "The panel meets next Wednesday."))).isEqualTo("2023-06-21");
        assertThat(value(only("en", WEDNESDAY, "Police said Wednesday that the road was closed."))).isEqualTo("2023-06-14");
    }

    @Test
    void relativeExpressions() {
        assertThat(value(only("en", WEDNESDAY, "The storm hit yesterday."))).isEqualTo("2023-06-13");
        assertThat(value(only("en", WEDNESDAY, "The plant closed three years ago."))).isEqualTo("2020");
        TimeExpression decades = only("en", WEDNESDAY, "The treaty was signed two decades ago.");
        assertThat(value(decades)).isEqualTo("2003");
        assertThat(decades.mod()).contains("APPROX");
        assertThat(value(only("en", WEDNESDAY, "Prices rose last week."))).isEqualTo("2023-W23");
        assertThat(value(only("en", WEDNESDAY, "Sales fell this month."))).isEqualTo("2023-06");
        assertThat(value(only("en", "2023-06-18", "Sales fell this week."))).as("a Sunday looking back").isEqualTo("2023-W24");
        assertThat(value(only("en", "2023-06-18", "Ministers will meet this week."))).as("a Sunday looking ahead").isEqualTo("2023-W25");
        assertThat(value(only("en", WEDNESDAY, "Profits doubled in the second quarter."))).isEqualTo("2023-Q2");
        assertThat(value(only("en", WEDNESDAY, "Crowds gathered over the weekend."))).isEqualTo("2023-W23-WE");
        assertThat(value(only("en", WEDNESDAY, "Crowds will gather this weekend."))).isEqualTo("2023-W24-WE");
        assertThat(times("en", WEDNESDAY, "It was a weekend of violence.")).isEmpty();
    }

    @Test
    void vaguePartsAndNamedPeriods() {
        TimeExpression mid = only("en", WEDNESDAY, "The floods of mid-March destroyed crops.");
        assertThat(value(mid)).isEqualTo("2023-03");
        assertThat(mid.mod()).contains("MID");
        TimeExpression early = only("en", WEDNESDAY, "Unrest spread in early April.");
        assertThat(early.mod()).contains("START");
        assertThat(value(only("en", WEDNESDAY, "The April protests were the largest in years."))).isEqualTo("2023-04");
    }

    @Test
    void clockTimesWithMeridiemAndZone() {
        assertThat(value(only("en", WEDNESDAY, "The speech starts at 8 p.m. tonight"))).isEqualTo("2023-06-14T20:00");
        assertThat(value(only("en", WEDNESDAY, "The rally began at 9:15 p.m. Monday."))).isEqualTo("2023-06-12T21:15");
        assertThat(value(only("en", WEDNESDAY, "The launch is set for 10:45 a.m. Moscow time."))).isEqualTo("2023-06-14T10:45+03:00");
        assertThat(value(only("en", WEDNESDAY, "Polls close at 18:00 GMT."))).isEqualTo("2023-06-14T18:00+00:00");
    }

    @Test
    void aModernYearAloneIsAYearUnlessItCountsSomething() {
        assertThat(value(only("en", WEDNESDAY, "The 2019 budget was cut."))).isEqualTo("2019");
        assertThat(times("en", WEDNESDAY, "Some 2000 soldiers were deployed.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "It cost more than 1950 dollars.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "Copyright 2023 The Daily Example.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "The channel Weather2021_live posted it.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "Music of the 1980s is back.")).isEmpty();
    }

    @Test
    void thatDayRefersToTheLastDayNamed() {
        assertThat(times("en", WEDNESDAY, "The dam broke on April 4. Rescuers arrived that day."))
                .extracting(TimeDocs::value).containsExactly("2023-04-04", "2023-04-04");
    }

    @Test
    void setsAndDurationsAreNotTimes() {
        assertThat(times("en", WEDNESDAY, "The market opens every Monday.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "The Bloody Sunday inquiry reported to the Sunday Times.")).isEmpty();
        assertThat(times("en", WEDNESDAY, "The siege lasted for three weeks.")).isEmpty();
    }
}
