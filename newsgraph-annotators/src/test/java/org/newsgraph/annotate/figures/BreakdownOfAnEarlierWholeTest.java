package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Figure;

/** A list of people counts after the sentence that gives their whole counts what the whole counts. */
class BreakdownOfAnEarlierWholeTest {
    private static List<String> counts(String lang, String text) {
        return Counts.of(lang, text);
    }

    @Test
    void aListOfNationalitiesAfterTheTollCountsTheDead() {
        List<Figure> en = Counts.figures("en", "The blast killed 14 people, officials said. They included four Norvanians and two Keldans.");
        assertThat(en).extracting(f -> (int) f.value() + " " + f.measure().name().toLowerCase())
                .containsExactly("14 killed", "4 killed", "2 killed");
        assertThat(en.get(1).partOf()).isEqualTo(OptionalInt.of(0));
        assertThat(en.get(2).partOf()).isEqualTo(OptionalInt.of(0));
        assertThat(counts("fr", "L'explosion a fait 14 morts. Il s'agit de quatre Norvaniens et de deux Keldois."))
                .containsExactly("14 killed", "4 killed", "2 killed");
        assertThat(counts("ru", "Взрыв унес жизни 14 человек. Это четверо граждан Норвании и двое детей."))
                .containsExactly("14 killed", "4 killed", "2 killed");
    }

    @Test
    void eachSentenceOfWireCopyMayBeAParagraph() {
        assertThat(counts("en", "The storm injured 30 people.\n\nThey were 12 Norvanians, 9 Keldans and 3 Orvish tourists."))
                .containsExactly("30 injured", "12 injured", "9 injured", "3 injured");
    }

    @Test
    void aBreakdownLargerThanTheFigureBeforeIsNotPartOfIt() {
        assertThat(counts("en", "The blast killed 4 people. Around 300 children and 200 teachers live in the town."))
                .containsExactly("4 killed", "300 other", "200 other");
    }

    @Test
    void countsOfThingsAfterAFigureStayUncounted() {
        assertThat(counts("en", "Police detained 30 people. The convoy included 40 trucks and two buses."))
                .containsExactly("30 arrested");
        assertThat(counts("en", "Police detained 30 people.\n\n200 officers were deployed in the city."))
                .containsExactly("30 arrested", "200 other");
    }

    @Test
    void theSameCountTwiceInAListIsTwoGroups() {
        assertThat(counts("en", "The crash killed 20 people. Among the dead were two Norvanians and two Keldans."))
                .containsExactly("20 killed", "2 killed", "2 killed");
        assertThat(counts("ru", "В аварии погибли 20 человек. Среди погибших двое граждан Норвании и двое граждан Кельдии."))
                .containsExactly("20 killed", "2 killed", "2 killed");
        // the headline's toll repeated in the body is one figure
        assertThat(counts("en", "Crash kills 20\n\nThe crash killed 20 people on Sunday.")).containsExactly("20 killed");
    }
}
