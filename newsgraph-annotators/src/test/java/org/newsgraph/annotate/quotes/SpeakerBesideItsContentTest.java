package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/**
 * Wire phrasings that put the speaker between its content and the verb: a role and a name between commas after a
 * direct quote ("«…», the head of the Red Crescent, Dario Senn, said"), and a participle of saying that goes on with
 * the speaker of its clause ("…, the army said, adding that …"); content that opens with a preposition of a count ("said
 * at least twelve people …").
 */
class SpeakerBesideItsContentTest {

    @Test
    void roleThenNameAfterADirectQuoteSpeakIt() {
        String text = "\"We have found 120 bodies so far,\" the head of the regional Red Crescent, Dario Senn, said.";
        List<Quote> q = QuoteDocs.of("en", text).entity("e1", EntityType.PERSON, "Dario Senn", "Dario Senn")
                .entity("e2", EntityType.ORGANIZATION, "Red Crescent", "Red Crescent").quotes();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).direct()).isTrue();
        assertThat(q.get(0).text()).isEqualTo("We have found 120 bodies so far");
        assertThat(QuoteDocs.speakerEntity(q.get(0))).isEqualTo("e1");
    }

    @Test
    void nameThenRoleAfterADirectQuoteSpeakIt() {
        String text = "« Nous avons retrouvé 120 corps », Dario Senn, le directeur du Croissant-Rouge local, a déclaré.";
        List<Quote> q = QuoteDocs.of("fr", text).entity("e1", EntityType.PERSON, "Dario Senn", "Dario Senn").quotes();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).direct()).isTrue();
        assertThat(QuoteDocs.speakerEntity(q.get(0))).isEqualTo("e1");
    }

    @Test
    void addingThatGoesOnWithTheSpeakerOfItsClause() {
        String text = "Around 600 people were evacuated from the coast, the army said on Saturday, adding that 40 "
                + "soldiers were injured.";
        List<Quote> q = QuoteDocs.of("en", text).quotes();
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(QuoteDocs.speakerText(x)).isEqualTo("the army"));
    }

    @Test
    void aPlaceApposedAfterTheSpeakerIsNotPartOfIt() {
        String text = "Nine of the injured were children, doctors at the main hospital in Brava, near the border, said.";
        List<Quote> q = QuoteDocs.of("en", text).quotes();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Nine of the injured were children");
        assertThat(QuoteDocs.speakerText(q.get(0))).startsWith("doctors at the main hospital");
    }

    @Test
    void contentOpeningWithACountAfterAPrepositionIsReported() {
        String text = "The mayor, Lena Ortiz, said at least twelve people were trapped in the school.";
        List<Quote> q = QuoteDocs.of("en", text).entity("e1", EntityType.PERSON, "Lena Ortiz", "Lena Ortiz").quotes();
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("at least twelve people were trapped in the school");
        assertThat(QuoteDocs.speakerEntity(q.get(0))).isEqualTo("e1");
    }

    @Test
    void anAdjunctAfterTheVerbIsStillNoContent() {
        String text = "The mayor, Lena Ortiz, said at a news conference on the steps of the town hall.";
        assertThat(QuoteDocs.of("en", text).entity("e1", EntityType.PERSON, "Lena Ortiz", "Lena Ortiz").quotes()).isEmpty();
    }
}
