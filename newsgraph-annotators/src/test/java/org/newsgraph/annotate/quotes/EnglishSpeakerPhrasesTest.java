package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerEntity;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/**
 * English speaker phrases: the addressee of "told", "X was quoted as saying", a possessive name before a role, a title
 * between an organisation and a name, collective heads and partial role matches.
 */
class EnglishSpeakerPhrasesTest {

    /** The one quote's speaker: its phrase, and the entity it links to (null for none). */
    private static void spokenBy(List<Quote> q, String phrase, String entity) {
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(speakerText(x)).isEqualTo(phrase);
            assertThat(speakerEntity(x)).isEqualTo(entity);
        });
    }

    @Test
    void theAddresseeOfToldIsNeitherSpeakerNorContent() {
        List<Quote> q = QuoteDocs.of("en", "Governor Nadia Kell told reporters the dam had held through the night.")
                .entity("e1", EntityType.PERSON, "Nadia Kell", "Nadia Kell").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the dam had held through the night");
            assertThat(speakerEntity(x)).isEqualTo("e1");
        });
        q = QuoteDocs.of("en", "Kell told The Valley Post on Monday the roads would stay shut until Friday.")
                .entity("e1", EntityType.PERSON, "Kell", "Kell")
                .entity("e2", EntityType.ORGANIZATION, "The Valley Post", "The Valley Post").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the roads would stay shut until Friday");
            assertThat(speakerEntity(x)).isEqualTo("e1");
        });
    }

    @Test
    void anAdjunctAfterTheAddresseeIsNotContent() {
        List<Quote> q = QuoteDocs.of("en", "Army officers told the governor in a briefing they had restored power to the north.").quotes();
        assertThat(q).extracting(Quote::text).containsExactly("they had restored power to the north");
    }

    @Test
    void quotedAsSayingKeepsTheSubjectWithoutItsVerb() {
        List<Quote> q = QuoteDocs.of("en", "A fire official was quoted by the agency as saying that nine homes had burned down.").quotes();
        assertThat(q).extracting(QuoteDocs::speakerText).contains("A fire official");
    }

    @Test
    void aPossessiveNameQualifiesTheRoleItOpens() {
        String en = "Verinia's chief prosecutor, Anton Mell, ordered the arrest of eight engineers on Monday. "
                + "Verinia's top prosecutor said the engineers had ignored repeated warnings about the cracks.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.ORGANIZATION, "Verinia", "Verinia")
                .entity("e2", EntityType.PERSON, "Anton Mell", "Anton Mell").quotes();
        spokenBy(q, "Verinia's top prosecutor", "e2"); // the prosecutor named before, not the country
    }

    @Test
    void aTitleAfterAnOrganisationStillOpensTheName() {
        String en = "Deputy spokesman for the Red Cross Omar Fenn said the warehouses in the valley were empty.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.ORGANIZATION, "Red Cross", "Red Cross")
                .entity("e2", EntityType.PERSON, "Omar Fenn", "Omar Fenn").quotes();
        assertThat(q).extracting(QuoteDocs::speakerEntity).containsExactly("e2");
    }

    @Test
    void aCollectiveHeadIsNoOnePersonHoldingItsRole() {
        String en = "Mayor Petra Lind met eight officials on Monday. Officials said the second dam was also at risk.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Petra Lind", "Petra Lind").quotes();
        spokenBy(q, "Officials", null);
    }

    @Test
    void aRoleOfAnotherBodyIsNotItsNamedHolder() {
        String en = "The spokesperson for the Red Cross, Tara Quill, visited the camp near the river. "
                + "The spokesperson for the regional council said the roads would stay closed all week.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Tara Quill", "Tara Quill")
                .entity("e2", EntityType.ORGANIZATION, "Red Cross", "Red Cross").quotes();
        spokenBy(q, "The spokesperson for the regional council", null);
    }
}
