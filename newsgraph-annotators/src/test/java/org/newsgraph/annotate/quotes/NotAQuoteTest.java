package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotAQuoteTest {

    @Test
    void scareQuotesAndShortFragmentsAreNotQuotes() {
        String text = "The president called the protesters “terrorists” and their demands “pure nonsense”.";
        assertThat(QuoteDocs.of("en", text).quotes()).isEmpty();
    }

    @Test
    void titlesOfWorksAreNotQuotes() {
        assertThat(QuoteDocs.of("fr", "Le film « La nuit tombe sur la ville » sort mercredi.").quotes()).isEmpty();
        assertThat(QuoteDocs.of("ru", "В статье «Как мы пережили эту зиму» нет цифр.").quotes()).isEmpty();
    }

    @Test
    void capitalisedNamesInQuotesAreNotQuotes() {
        assertThat(QuoteDocs.of("ru", "Пожар начался в торговом центре «Северный Парк Сити» ночью.").quotes()).isEmpty();
    }

    @Test
    void boilerplateYieldsNothing() {
        String footer = "« Abonnez-vous à notre lettre pour tout savoir », a déclaré la rédaction.";
        String text = "La route est rouverte.\n" + footer;
        assertThat(QuoteDocs.of("fr", text).boilerplate(footer).quotes()).isEmpty();
    }

    @Test
    void verbOfSayingWithAnObjectIsNotReportedSpeech() {
        String text = "Mardi, la mairie a annoncé dans un communiqué la fermeture de la piscine municipale.";
        assertThat(QuoteDocs.of("fr", text).quotes()).isEmpty();
    }

    @Test
    void languageWithoutSpeechDataYieldsNothing() {
        assertThat(QuoteDocs.of("zz", "« Ceci est une phrase entre guillemets », a déclaré Paul.").quotes()).isEmpty();
    }

    @Test
    void headlineCapitalisedQuotesAreTitles() {
        String text = "She reviewed the memoir ‘Nothing Left To Lose In The Valley’ for the paper.";
        assertThat(QuoteDocs.of("en", text).quotes()).isEmpty();
    }

    @Test
    void relativeClauseAfterAnInvertedVerbReportsNothing() {
        String text = "“The talks will resume in March,” said one senior diplomat, who asked not to be named.";
        assertThat(QuoteDocs.of("en", text).quotes()).singleElement()
                .satisfies(x -> assertThat(x.text()).isEqualTo("The talks will resume in March"));
    }
}
