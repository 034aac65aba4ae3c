package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Quote;

/**
 * Verbs that introduce a witness's words after a quote ("se lamente", "s'exclame", "sighed", "сокрушается") credit
 * the name after them even when the entities layer knew no such person, and a reflexive clitic before the verb is
 * never the speaker.
 */
class VerbsOfLamentTest {

    private static List<String> speakers(String lang, String text) {
        return QuoteDocs.of(lang, text).quotes().stream().map(QuoteDocs::speakerText).toList();
    }

    @Test
    void frenchReflexiveVerbsCreditTheNameAfterThem() {
        String fr = "«J'ai tout perdu», se lamente Karim, un habitant du village de Sainte-Aure, dont la maison s'est effondrée.";
        assertThat(speakers("fr", fr)).containsExactly("Karim");
        fr = "«Nous avons dormi dehors toute la nuit», s'exclame Nadia Berrada, une voisine.";
        assertThat(speakers("fr", fr)).containsExactly("Nadia Berrada");
    }

    @Test
    void englishAndRussianVerbsOfLamentCreditTheirSubject() {
        assertThat(speakers("en", "\"We lost the roof and the car,\" sighed Marek Tal, a fisherman from the harbour."))
                .containsExactly("Marek Tal");
        assertThat(speakers("ru", "«Мы потеряли всё, что у нас было», — сокрушается Карим Валиев, житель села."))
                .containsExactly("Карим Валиев");
    }

    @Test
    void theNameAfterALamentStaysTheSpeakerOfTheNextQuote() {
        String fr = "«J'ai tout perdu», se lamente Karim, un habitant du village. «Je veux juste partir loin d'ici», poursuit-il.";
        List<Quote> q = QuoteDocs.of("fr", fr).quotes();
        assertThat(q).extracting(QuoteDocs::speakerText).containsExactly("Karim", "Karim"); // the pronoun takes the name it resolves to
    }
}
