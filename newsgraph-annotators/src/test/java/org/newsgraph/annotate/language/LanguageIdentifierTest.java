package org.newsgraph.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le président a parlé de la crise.|fr",
            "Les manifestants sont dans la rue depuis samedi|fr",
            "The president spoke about the crisis.|en",
            "Police said protesters were detained on Sunday|en",
            "Президент выступил с обращением к нации.|ru",
            "В Алма-Ате задержаны более 100 человек|ru",
            "Президент звернувся до нації, і це було важливо|uk",
            "Der Präsident hat die Rede nicht gehalten|de",
            "El presidente habló de la crisis en la capital|es"})
    void shortNewsSentencesAreIdentified(String text, String expected) {
        assertThat(identifier.identify(text).code()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Немногие птицы зимуют здесь круглый год|ru",
            "Вибори відбулися вчора|uk",
            "Four major trading centres around Kollam|en",
            "Frédéric Dupuis, nouvel entraîneur recrute dès|fr"})
    void fragmentsWithoutFunctionWordsFallBackOnLettersAndScript(String text, String expected) {
        assertThat(identifier.identify(text).code()).isEqualTo(expected);
    }

    @Test
    void textWithoutWordsIsUnknown() {
        assertThat(identifier.identify("12 345 — 678 !!!").isKnown()).isFalse();
        assertThat(identifier.identify("").isKnown()).isFalse();
    }

    @Test
    void confidenceGrowsWithEvidence() {
        double shortOne = identifier.identify("le chat").confidence();
        double longOne = identifier.identify("Le président a parlé de la crise et des mesures prises par le gouvernement.").confidence();
        assertThat(longOne).isGreaterThan(shortOne);
    }
}
