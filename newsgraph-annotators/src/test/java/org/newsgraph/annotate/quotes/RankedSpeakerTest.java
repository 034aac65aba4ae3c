package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerEntity;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/** The ranking of candidate speakers: channels, role holders, non-phrases and the score on every speaker. */
class RankedSpeakerTest {

    @Test
    void theAddresseeOfToldIsNeverTheSpeaker() {
        String en = "Farid Haddad told CNN that the border would stay closed.";
        assertThat(QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Farid Haddad", "Farid Haddad")
                .entity("e2", EntityType.ORGANIZATION, "CNN", "CNN").quotes())
                .extracting(QuoteDocs::speakerEntity).containsExactly("e1");
        String fr = "Paul Garnier a déclaré à France Info que l'usine était aux normes.";
        assertThat(QuoteDocs.of("fr", fr).entity("e1", EntityType.PERSON, "Paul Garnier", "Paul Garnier")
                .entity("e2", EntityType.ORGANIZATION, "France Info", "France Info").quotes())
                .extracting(QuoteDocs::speakerEntity).containsExactly("e1");
        String ru = "Сергей Волков сообщил агентству ТАСС, что дамбу проверяли весной.";
        assertThat(QuoteDocs.of("ru", ru).entity("e1", EntityType.PERSON, "Сергей Волков", "Сергей Волков")
                .entity("e2", EntityType.ORGANIZATION, "ТАСС", "ТАСС").quotes())
                .extracting(QuoteDocs::speakerEntity).containsExactly("e1");
    }

    @Test
    void aRolePhraseLinksToThePersonNamedWithThatRole() {
        String en = "Health Minister Laura Stene visited the ward on Tuesday. "
                + "\"We have enough beds for everyone,\" the health minister said.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Laura Stene", "Laura Stene").quotes();
        assertThat(q).extracting(QuoteDocs::speakerEntity).containsExactly("e1");
        assertThat(q.get(0).speaker().flatMap(r -> r.text())).contains("the health minister"); // the phrase is kept
        String ru = "Министр здравоохранения Анна Петрова посетила больницу. «Мест хватит всем, кому нужна помощь», — заявила министр.";
        assertThat(QuoteDocs.of("ru", ru).entity("e1", EntityType.PERSON, "Анна Петрова", "Анна Петрова").quotes())
                .extracting(QuoteDocs::speakerEntity).containsExactly("e1");
    }

    @Test
    void aFemininePronounSkipsAMaleNameForTheWomanBeforeHim() {
        String fr = "Claire Dubreuil a visité l'usine avec Pierre Martin. « Les pompiers ont travaillé toute la nuit », a-t-elle précisé.";
        assertThat(QuoteDocs.of("fr", fr).entity("e1", EntityType.PERSON, "Claire Dubreuil", "Claire Dubreuil")
                .entity("e2", EntityType.PERSON, "Pierre Martin", "Pierre Martin").quotes())
                .extracting(QuoteDocs::speakerEntity).containsExactly("e1");
    }

    @Test
    void everySpeakerCarriesTheRankingMargin() {
        String en = "Farid Haddad said that the border would stay closed.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Farid Haddad", "Farid Haddad").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speakerEntity(x)).isEqualTo("e1");
            assertThat(x.speaker().get().score()).isPresent();
            assertThat(x.speaker().get().score().getAsDouble()).isBetween(0.5, 1.0);
        });
    }
}
