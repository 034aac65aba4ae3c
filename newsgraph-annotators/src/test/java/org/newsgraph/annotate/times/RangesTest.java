package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.only;
import static org.newsgraph.annotate.times.TimeDocs.times;
import static org.newsgraph.annotate.times.TimeDocs.value;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.TimeExpression;

/** A range of days is one expression: its start is the value, its end the end value. */
class RangesTest {
    private static final String MONDAY = "2024-03-04";

    @Test
    void frenchRangesOfDays() {
        TimeExpression r = only("fr", MONDAY, "Le salon se tiendra du 15 au 17 mars à Lyon.");
        assertThat(r.text()).isEqualTo("du 15 au 17 mars");
        assertThat(value(r)).isEqualTo("2024-03-15");
        assertThat(r.valueEnd()).contains("2024-03-17");
        TimeExpression between = only("fr", MONDAY, "Les inscriptions sont ouvertes entre le 4 et le 8 avril 2025.");
        assertThat(value(between)).isEqualTo("2025-04-04");
        assertThat(between.valueEnd()).contains("2025-04-08");
    }

    @Test
    void aStartDayAfterTheEndDayLiesInTheMonthBefore() {
        TimeExpression r = only("fr", MONDAY, "Le festival a lieu du 29 au 2 avril.");
        assertThat(value(r)).isEqualTo("2024-03-29");
        assertThat(r.valueEnd()).contains("2024-04-02");
    }

    @Test
    void englishRangesInBothOrders() {
        TimeExpression from = only("en", MONDAY, "The talks run from 4 to 7 January.");
        assertThat(value(from)).isEqualTo("2024-01-04");
        assertThat(from.valueEnd()).contains("2024-01-07");
        TimeExpression between = only("en", MONDAY, "Voting takes place between 11 and 13 March.");
        assertThat(value(between)).isEqualTo("2024-03-11");
        assertThat(between.valueEnd()).contains("2024-03-13");
        TimeExpression dash = only("en", MONDAY, "The fair is open March 20-22, 2025.");
        assertThat(value(dash)).isEqualTo("2025-03-20");
        assertThat(dash.valueEnd()).contains("2025-03-22");
    }

    @Test
    void russianRanges() {
        TimeExpression r = only("ru", MONDAY, "Выставка пройдёт с 4 по 7 января.");
        assertThat(r.text()).isEqualTo("с 4 по 7 января");
        assertThat(value(r)).isEqualTo("2024-01-04");
        assertThat(r.valueEnd()).contains("2024-01-07");
    }

    @Test
    void singleDatesHaveNoEndValue() {
        assertThat(times("en", MONDAY, "The law passed on 4 January and took effect on 7 January."))
                .allSatisfy(t -> assertThat(t.valueEnd()).isEmpty());
    }
}
