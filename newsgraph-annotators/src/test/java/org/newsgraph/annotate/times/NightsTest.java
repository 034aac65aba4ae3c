package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.only;
import static org.newsgraph.annotate.times.TimeDocs.value;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.TimeExpression;

/** A night from one day to the next is dated by its morning: the later day (FORMAT.md). */
class NightsTest {
    private static final String FRIDAY = "2024-02-09";

    @Test
    void frenchNightsBetweenWeekdaysOrDatesTakeTheLaterDay() {
        assertThat(value(only("fr", FRIDAY, "Des heurts ont éclaté dans la nuit de jeudi à vendredi."))).isEqualTo("2024-02-09");
        TimeExpression dates = only("fr", FRIDAY, "Le dépôt a brûlé dans la nuit du 6 au 7 février.");
        assertThat(dates.text()).isEqualTo("la nuit du 6 au 7 février");
        assertThat(value(dates)).isEqualTo("2024-02-07");
        assertThat(dates.valueEnd()).isEmpty();
    }

    @Test
    void aNightOnTheDayOfPublicationLooksAheadToTheNextMorning() {
        assertThat(value(only("fr", "2024-02-08", "La préfecture redoute la nuit de jeudi à vendredi."))).isEqualTo("2024-02-09");
    }

    @Test
    void englishNightsIntoTheNextDay() {
        assertThat(value(only("en", FRIDAY, "Shelling continued overnight Wednesday into Thursday."))).isEqualTo("2024-02-08");
        assertThat(value(only("en", FRIDAY, "The storm struck on the night of Tuesday to Wednesday."))).isEqualTo("2024-02-07");
    }

    @Test
    void russianNightsNameTheirMorning() {
        assertThat(value(only("ru", FRIDAY, "В ночь на четверг в городе прошли обыски."))).isEqualTo("2024-02-08");
        assertThat(value(only("ru", FRIDAY, "В ночь со среды на четверг сгорел склад."))).isEqualTo("2024-02-08");
        assertThat(value(only("ru", FRIDAY, "В ночь с 5 на 6 февраля выпал снег."))).isEqualTo("2024-02-06");
    }
}
