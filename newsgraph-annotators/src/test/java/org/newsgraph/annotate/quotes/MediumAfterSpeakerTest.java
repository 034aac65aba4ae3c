package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

/** A named medium after an inverted speaker is whom the speaker told, never part of the speaker's phrase. */
class MediumAfterSpeakerTest {

    @Test
    void frenchMediumAfterTheInvertedSpeakerIsCut() {
        String text = "« Nous n'avons jamais vu une crue pareille », a déclaré le maire à France Info.";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("le maire"));
    }

    @Test
    void englishMediumAfterTheInvertedSpeakerIsCut() {
        String text = "\"We have never seen water rise this fast in the valley,\" said the mayor to CNN on Monday.";
        assertThat(QuoteDocs.of("en", text).entity("e1", EntityType.ORGANIZATION, "CNN", "CNN").quotes())
                .singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("the mayor"));
    }

    @Test
    void russianMediumInTheDativeAfterTheInvertedSpeakerIsCut() {
        String text = "«Такой воды мы не видели уже много лет», — сказал глава района РИА Новости.";
        assertThat(QuoteDocs.of("ru", text).entity("e1", EntityType.ORGANIZATION, "RIA Novosti", "РИА Новости").quotes())
                .singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("глава района"));
    }

    @Test
    void aCommonNounForAMediumStaysInTheDescription() {
        String text = "\"The figures will be published next week,\" said a spokesman for the agency.";
        assertThat(QuoteDocs.of("en", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("a spokesman for the agency"));
    }

    @Test
    void aMediumThatSpeaksIsStillTheSpeaker() {
        String text = "\"The road will stay closed until the water falls,\" CNN said, citing no one.";
        assertThat(QuoteDocs.of("en", text).entity("e1", EntityType.ORGANIZATION, "CNN", "CNN").quotes())
                .singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("CNN"));
    }
}
