package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.times;

import org.junit.jupiter.api.Test;

/**
 * Dates without their year take the publication's month when only that is known, and the year the narrative
 * establishes when the text has no publication date, recounts the past, or names the year earlier in the sentence.
 */
class NarrativeYearTest {

    @Test
    void aPublicationMonthAnchorsDatesMonthsAndToday() {
        assertThat(times("fr", "2022-01", "Le 5 janvier, la grève a commencé. En janvier, les prix ont flambé. "
                + "Aujourd'hui, le calme est revenu."))
                .extracting(TimeDocs::value).containsExactly("2022-01-05", "2022-01", "2022-01");
        assertThat(times("en", "2022-01", "On 5 January, protests began. Prices rose in December."))
                .extracting(TimeDocs::value).containsExactly("2022-01-05", "2021-12");
        assertThat(times("ru", "2022-01", "5 января начались протесты."))
                .extracting(TimeDocs::value).containsExactly("2022-01-05");
    }

    @Test
    void withoutPublicationDateTheNarrativeYearDatesWhatFollows() {
        assertThat(times("fr", null, "En 1995, le barrage a cédé. Le 3 mars, les secours sont arrivés. En mai, la ville a été évacuée."))
                .extracting(TimeDocs::value).containsExactly("1995", "1995-03-03", "1995-05");
        assertThat(times("en", null, "The company was founded in 1987. On 2 June, it listed its shares."))
                .extracting(TimeDocs::value).containsExactly("1987", "1987-06-02");
        assertThat(times("ru", null, "В 2004 году завод закрылся. 12 мая рабочие вышли на митинг."))
                .extracting(TimeDocs::value).containsExactly("2004", "2004-05-12");
    }

    @Test
    void aRetrospectiveTakesTheYearOfTheDatesItRecounts() {
        assertThat(times("en", "2023-06-14", "On 9 November 1989, the wall fell. On 10 November, crowds crossed. "
                + "In December, talks began."))
                .extracting(TimeDocs::value).containsExactly("1989-11-09", "1989-11-10", "1989-12");
        assertThat(times("fr", "2023-06-14", "Le 9 novembre 1989, le mur tombe. Le 10 novembre, la foule passe."))
                .extracting(TimeDocs::value).containsExactly("1989-11-09", "1989-11-10");
        assertThat(times("ru", "2023-06-14", "9 ноября 1989 года пала стена. 10 ноября толпы перешли границу."))
                .extracting(TimeDocs::value).containsExactly("1989-11-09", "1989-11-10");
    }

    @Test
    void aTextCountingFromItsPublicationIsNoRetrospective() {
        assertThat(times("fr", "2023-06-14", "L'accord du 5 mars 2015 est caduc. Mardi, le ministre a parlé du 10 mars."))
                .extracting(TimeDocs::value).containsExactly("2015-03-05", "2023-06-13", "2023-03-10");
    }

    @Test
    void aYearNamedEarlierInTheSentenceDatesItsMonths() {
        assertThat(times("fr", "1999-07-29", "Deux ruptures en 1997, en janvier puis en octobre, aucune depuis."))
                .extracting(TimeDocs::value).containsExactly("1997", "1997-01", "1997-10");
        assertThat(times("en", "1999-07-29", "In 1997 there were two breaks, in January and in October."))
                .extracting(TimeDocs::value).containsExactly("1997", "1997-01", "1997-10");
        assertThat(times("ru", "1999-07-29", "В 1997 году было две аварии, в январе и в октябре."))
                .extracting(TimeDocs::value).containsExactly("1997", "1997-01", "1997-10");
    }

    @Test
    void aPeriodThatEndedOnADateLiesBehindThePublication() {
        assertThat(times("en", "2023-10-31", "Sales rose 4% in the fiscal year ended Jan. 31."))
                .extracting(TimeDocs::value).containsExactly("2023-01-31");
        assertThat(times("en", "2023-10-31", "The exhibition opens Jan. 31."))
                .extracting(TimeDocs::value).containsExactly("2024-01-31");
        assertThat(times("fr", "2023-10-31", "Le bénéfice de l'exercice clos le 31 janvier a doublé."))
                .extracting(TimeDocs::value).containsExactly("2023-01-31");
    }
}
