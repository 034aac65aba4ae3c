package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.figures.NumbersWrittenEveryWayTest.readFirst;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.core.model.Figure;

class AmountReaderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|between 100 and 300 people|100|300",
            "en|from 40 to 60 people|40|60",
            "en|100-300 people|100|300",
            "fr|entre 100 et 300 personnes|100|300",
            "fr|de 100 à 300 personnes|100|300",
            "ru|от 100 до 300 человек|100|300"})
    void rangesHaveALowValueAHighEndAndAreApproximate(String lang, String text, double low, double high) {
        Amount a = readFirst(lang, text);
        assertThat(a.value()).isEqualTo(low);
        assertThat(a.max()).hasValue(high);
        assertThat(a.approximate()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|about 40 people|NONE", "en|nearly 40 people|NONE", "en|at least 40 people|AT_LEAST",
            "en|more than 40 people|AT_LEAST", "en|over 40 people|AT_LEAST", "en|fewer than 40 people|AT_MOST",
            "fr|environ 40 personnes|NONE", "fr|près de 40 personnes|NONE", "fr|au moins 40 personnes|AT_LEAST",
            "fr|plus de 40 personnes|AT_LEAST", "fr|moins de 40 personnes|AT_MOST",
            "ru|около 40 человек|NONE", "ru|порядка 40 человек|NONE", "ru|более 40 человек|AT_LEAST",
            "ru|свыше 40 человек|AT_LEAST", "ru|не менее 40 человек|AT_LEAST", "ru|менее 40 человек|AT_MOST"})
    void approximatorsMakeTheNumberApproximateAndSetItsBound(String lang, String text, String bound) {
        Amount a = readFirst(lang, text);
        assertThat(a.value()).isEqualTo(40);
        assertThat(a.approximate()).isTrue();
        assertThat(a.bound()).isEqualTo(bound.equals("NONE") ? Optional.empty()
                : Optional.of(Figure.Bound.valueOf(bound)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "en|dozens of people", "en|hundreds of people", "en|thousands of people",
            "fr|des dizaines de personnes", "fr|des centaines de personnes", "fr|des milliers de personnes",
            "ru|сотни человек", "ru|десятки человек", "ru|тысячи человек"})
    void vagueQuantitiesAreNotNumbers(String lang, String text) {
        assertThat(readFirst(lang, text)).isNull();
    }

    @Test
    void aCountedGroupNounIsApproximate() {
        Amount a = readFirst("fr", "une centaine de manifestants");
        assertThat(a.value()).isEqualTo(100);
        assertThat(a.approximate()).isTrue();
        assertThat(readFirst("en", "a dozen protesters").value()).isEqualTo(12);
    }

    @Test
    void theFrenchArticleAloneIsNotANumber() {
        assertThat(readFirst("fr", "un représentant du ministère")).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"à 20h00 heure locale", "à 21:30", "le 3e jour", "un enfant de 11-ans",
            "page/4339", "le modèle A320", "6,7 sur l'échelle", "au 123-45-67"})
    void timesCodesOrdinalsAndBareFractionsAreNotCounts(String text) {
        assertThat(readFirst("fr", text)).isNull();
    }

    @Test
    void elidedApproximatorsBeforeAnArticleCount() {
        Amount a = readFirst("fr", "Plus d'un millier de personnes");
        assertThat(a.value()).isEqualTo(1000);
        assertThat(a.bound()).contains(Figure.Bound.AT_LEAST);
        assertThat(readFirst("fr", "près d'une centaine de blessés").value()).isEqualTo(100);
    }
}
