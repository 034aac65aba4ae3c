package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.times;

import org.junit.jupiter.api.Test;

/** A weekday the text has tied to a date, or read once as ahead, keeps that reading in the rest of the text. */
class PinnedWeekdaysTest {
    private static final String WEDNESDAY = "2024-05-22";

    @Test
    void aDatedWeekdayPinsTheBareOnes() {
        assertThat(times("fr", WEDNESDAY, "Le nettoyage aura lieu samedi 25 mai. Rendez-vous samedi devant la mairie."))
                .extracting(TimeDocs::value).containsExactly("2024-05-25", "2024-05-25");
        assertThat(times("en", WEDNESDAY, "Concert at the stadium Saturday. Doors open on Saturday, May 25."))
                .extracting(TimeDocs::value).containsExactly("2024-05-25", "2024-05-25");
        assertThat(times("ru", WEDNESDAY, "Субботник пройдёт в субботу, 25 мая. Сбор в субботу у школы."))
                .extracting(TimeDocs::value).containsExactly("2024-05-25", "2024-05-25");
    }

    @Test
    void aWeekdayReadAsAheadStaysAhead() {
        assertThat(times("fr", WEDNESDAY, "Dimanche, le village fêtera son saint. Dimanche soir, un bal est organisé."))
                .extracting(TimeDocs::value).containsExactly("2024-05-26", "2024-05-26");
        assertThat(times("en", WEDNESDAY, "The council will vote on Friday. Friday is also a holiday."))
                .extracting(TimeDocs::value).containsExactly("2024-05-24", "2024-05-24");
        assertThat(times("ru", WEDNESDAY, "В пятницу, как ожидается, пройдёт митинг. В пятницу же откроется выставка."))
                .extracting(TimeDocs::value).containsExactly("2024-05-24", "2024-05-24");
    }

    @Test
    void aWeekdayAheadIsNotPulledBackByAPastOne() {
        assertThat(times("en", WEDNESDAY, "The minister resigned on Monday. His successor will be named Monday next week."))
                .extracting(TimeDocs::value).first().isEqualTo("2024-05-20");
    }
}
