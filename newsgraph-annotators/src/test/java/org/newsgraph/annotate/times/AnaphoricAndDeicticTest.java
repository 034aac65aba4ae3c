package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.times.TimeDocs.times;

import org.junit.jupiter.api.Test;

/**
 * Deictic words ("hier", "yesterday", "вчера") count from the publication date; anaphoric ones ("la veille", "three
 * days later", "спустя") from the day the text is talking about.
 */
class AnaphoricAndDeicticTest {
    private static final String FRIDAY = "2024-05-17";

    @Test
    void frenchEveAndAfterCountFromTheDayInFocusYesterdayFromPublication() {
        assertThat(times("fr", FRIDAY, "Le 3 mai, le barrage a cédé. La veille, il avait plu. Trois jours plus tard, "
                + "l'eau s'est retirée. Hier, les habitants sont rentrés."))
                .extracting(TimeDocs::value).containsExactly("2024-05-03", "2024-05-02", "2024-05-06", "2024-05-16");
        assertThat(times("fr", FRIDAY, "Le 3 mai, le pont a fermé. Cinq jours après, il a rouvert. La semaine suivante, "
                + "il a encore fermé."))
                .extracting(TimeDocs::value).containsExactly("2024-05-03", "2024-05-08", "2024-W20");
    }

    @Test
    void aLookBackDoesNotMoveTheDayInFocus() {
        assertThat(times("fr", FRIDAY, "Le 10 mai, 300 personnes ont été interpellées, moins que la veille. "
                + "À Lyon, le bilan dépasse celui de la veille."))
                .extracting(TimeDocs::value).containsExactly("2024-05-10", "2024-05-09", "2024-05-09");
    }

    @Test
    void englishNextDayAndLaterCountFromTheNarrative() {
        assertThat(times("en", FRIDAY, "The dam broke on May 2. The next day, crews arrived. Three days later, "
                + "the water fell. Yesterday, residents returned."))
                .extracting(TimeDocs::value).containsExactly("2024-05-02", "2024-05-03", "2024-05-06", "2024-05-16");
        assertThat(times("en", FRIDAY, "The vote was held on May 6. A day after the vote, the mayor resigned."))
                .extracting(TimeDocs::value).containsExactly("2024-05-06", "2024-05-07");
    }

    @Test
    void englishAYearEarlierShiftsTheQuarterTheSentenceIsAbout() {
        assertThat(times("en", FRIDAY, "Third-quarter profit fell 5% from a year earlier."))
                .extracting(TimeDocs::value).containsExactly("2024-Q3", "2023-Q3");
        assertThat(times("en", FRIDAY, "The plant closed two years ago."))
                .extracting(TimeDocs::value).containsExactly("2022");
    }

    @Test
    void russianEveAndLaterCountFromTheNarrative() {
        assertThat(times("ru", FRIDAY, "3 мая начались переговоры. Через два дня стороны подписали соглашение. "
                + "Накануне прошли консультации. Вчера соглашение вступило в силу."))
                .extracting(TimeDocs::value).containsExactly("2024-05-03", "2024-05-05", "2024-05-04", "2024-05-16");
        assertThat(times("ru", FRIDAY, "2 мая рухнул мост. Спустя три дня его начали разбирать."))
                .extracting(TimeDocs::value).containsExactly("2024-05-02", "2024-05-05");
    }

    @Test
    void russianOneUnitLaterNeedsNoCount() {
        assertThat(times("ru", FRIDAY, "2 мая рухнул мост. Спустя сутки начались работы. Накануне вечером шёл дождь."))
                .extracting(TimeDocs::value).containsExactly("2024-05-02", "2024-05-03", "2024-05-02");
    }

    @Test
    void russianDaysNamedByAdjectivesAreDeictic() {
        assertThat(times("ru", FRIDAY, "На сегодняшний день погибших нет, на вчерашний день их было двое."))
                .extracting(TimeDocs::value).containsExactly("2024-05-17", "2024-05-16");
    }
}
