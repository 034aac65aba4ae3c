package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/**
 * The entities layer missed the speaker's name: the phrase that names the speaker (a name, a surname, a role) stands
 * as the speaker rather than a person named farther away, and its margin says the choice is not a tie.
 */
class SpeakerWithoutEntityTest {

    private static void speaksThePhrase(List<Quote> q, String phrase) {
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(QuoteDocs.speakerText(x)).isEqualTo(phrase);
            assertThat(QuoteDocs.speakerEntity(x)).isNull();
            assertThat(x.speaker().get().score().getAsDouble()).isGreaterThan(0.5);
        });
    }

    @Test
    void englishNameOrSurnameNoEntityCovers() {
        String en = "Mayor Petra Lind opened a shelter on Monday. Rescue chief Tomas Okafor said more bodies had been found near the river.";
        speaksThePhrase(QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Petra Lind", "Petra Lind").quotes(), "Tomas Okafor");
        String afterLongQuote = "Mayor Petra Lind opened a shelter on Monday.\n\n\"We have never seen the water rise this fast, "
                + "and the whole valley was flooded within an hour,\" Okafor said.";
        speaksThePhrase(QuoteDocs.of("en", afterLongQuote).entity("e1", EntityType.PERSON, "Petra Lind", "Petra Lind").quotes(), "Okafor");
    }

    @Test
    void englishNameBesideAnOrganisationTheLayerFound() {
        String en = "Tomas Okafor, the head of the Red Cross in the valley, said the camps by the river were full.";
        speaksThePhrase(QuoteDocs.of("en", en).entity("e1", EntityType.ORGANIZATION, "Red Cross", "Red Cross").quotes(), "Tomas Okafor");
        String of = "Tomas Okafor of the Red Cross said the camps by the river were full.";
        speaksThePhrase(QuoteDocs.of("en", of).entity("e1", EntityType.ORGANIZATION, "Red Cross", "Red Cross").quotes(), "Tomas Okafor");
    }

    @Test
    void frenchAndRussianNamesNoEntityCovers() {
        String fr = "Le maire Paul Garnier a ouvert un gymnase lundi. Le chef des secours Marc Vidal a déclaré que les recherches continuaient.";
        speaksThePhrase(QuoteDocs.of("fr", fr).entity("e1", EntityType.PERSON, "Paul Garnier", "Paul Garnier").quotes(), "Marc Vidal");
        String ru = "Мэр Анна Орлова открыла пункт временного размещения. Глава спасателей Олег Зимин заявил, что поиски продолжаются.";
        speaksThePhrase(QuoteDocs.of("ru", ru).entity("e1", EntityType.PERSON, "Анна Орлова", "Анна Орлова").quotes(), "Олег Зимин");
    }
}
