package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerEntity;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

class SpeakerResolutionTest {

    @Test
    void speakerIsTheEntityWhoseMentionNamesIt() {
        String text = "« Nous reconstruirons tout », a déclaré Tokaïev à la télévision.";
        List<Quote> q = QuoteDocs.of("fr", text)
                .entity("e1", EntityType.PERSON, "Kassym-Jomart Tokayev", "Tokaïev")
                .entity("e2", EntityType.ORGANIZATION, "Khabar 24", "télévision").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speakerEntity(x)).isEqualTo("e1");
            assertThat(speakerText(x)).isEqualTo("Tokaïev");
        });
    }

    @Test
    void aTimePhraseOpeningTheSubjectIsNotPartOfTheSpeaker() {
        String text = "Greta Holm toured the flooded district on Monday. Three days later the mayor said that the dam had held.";
        List<Quote> q = QuoteDocs.of("en", text).entity("e1", EntityType.PERSON, "Greta Holm", "Greta Holm").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(speakerText(x)).isEqualTo("the mayor"));
    }

    @Test
    void aRoleMentionResolvesToItsEntity() {
        String text = "« La situation est sous contrôle », a déclaré le chef de l'État.";
        List<Quote> q = QuoteDocs.of("fr", text)
                .entity("e1", EntityType.PERSON, "Kassym-Jomart Tokayev", "role:le chef de l'État").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(speakerEntity(x)).isEqualTo("e1"));
    }

    @Test
    void pronounRefersToTheLastSpeakerAndKeepsItsEntity() {
        String text = "Anna Berg, the city's mayor, said the dam was safe for the coming winter. “We checked it twice this week,” she said.";
        List<Quote> q = QuoteDocs.of("en", text).entity("e1", EntityType.PERSON, "Anna Berg", "Anna Berg").quotes();
        assertThat(q).hasSize(2);
        assertThat(q).allSatisfy(x -> assertThat(speakerEntity(x)).isEqualTo("e1"));
        assertThat(speakerText(q.get(1))).isEqualTo("she");
    }

    @Test
    void pronounWithoutEntitiesTakesTheAntecedentText() {
        String text = "Иван Петров заявил, что дорогу откроют в пятницу. «Мы работаем круглосуточно», — добавил он.";
        List<Quote> q = QuoteDocs.of("ru", text).quotes();
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(speakerText(x)).isEqualTo("Иван Петров"));
    }

    @Test
    void shortDefiniteDescriptionRefersBack() {
        String text = "Serik Omarov, a senior prosecutor, told a briefing that 40 people were detained. "
                + "The official said that the investigation would take months.";
        List<Quote> q = QuoteDocs.of("en", text).quotes();
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(speakerText(x)).contains("Serik Omarov"));
    }

    @Test
    void roleRepeatedAfterAFullNameRefersBack() {
        String text = "Президент страны Нурлан Абдиев заявил, что армия готова. «Мы не отступим», — подчеркнул президент страны.";
        List<Quote> q = QuoteDocs.of("ru", text).quotes();
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(speakerText(x)).isEqualTo("Нурлан Абдиев"));
    }

    @Test
    void descriptiveSpeakerStaysTextWhenNobodyIsNamed() {
        String text = "« Les secours sont arrivés trop tard », a affirmé un porte-parole des pompiers.";
        List<Quote> q = QuoteDocs.of("fr", text).quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speakerText(x)).isEqualTo("un porte-parole des pompiers");
            assertThat(speakerEntity(x)).isNull();
        });
    }

    @Test
    void quoteWithNobodyCreditedHasNoSpeaker() {
        List<Quote> q = QuoteDocs.of("en", "The banner read “we will not be moved from here” all week.").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEmpty());
    }

    @Test
    void nameInAppositionAfterTheVerbIsTheSpeaker() {
        String text = "« Les recherches continueront toute la semaine », a déclaré le chef des secours, Jean Morel, lors d'un point presse.";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(x -> assertThat(speakerText(x)).isEqualTo("Jean Morel"));
    }

    @Test
    void pronounRefersToAPersonNamedAfterTheLastSpeaker() {
        String text = "« La digue a cédé vers minuit », a déclaré Jean Morel. La ministre Claire Besson est arrivée lundi. "
                + "Elle a affirmé que toutes les familles seraient relogées.";
        List<Quote> q = QuoteDocs.of("fr", text)
                .entity("e1", EntityType.PERSON, "Jean Morel", "Jean Morel")
                .entity("e2", EntityType.PERSON, "Claire Besson", "Claire Besson").quotes();
        assertThat(q).extracting(QuoteDocs::speakerEntity).containsExactly("e1", "e2");
    }

    @Test
    void roleWithANameInAppositionIsThePersonNotTheOrganisationItNames() {
        String text = "«Все силы направлены на место аварии», — заявил министр здравоохранения Татарстана Марат Садыков.";
        List<Quote> q = QuoteDocs.of("ru", text)
                .entity("e1", EntityType.ORGANIZATION, "Tatarstan Ministry of Health", "здравоохранения Татарстана")
                .entity("e2", EntityType.PERSON, "Marat Sadykov", "Марат Садыков").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(speakerEntity(x)).isEqualTo("e2"));
    }
}
