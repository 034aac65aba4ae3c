package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

/** A medium that says whom it relays ("citing X", "со ссылкой на X", "citant X") reports X's words. */
class RelayedByAMediumTest {

    @Test
    void englishCitingNamesTheSpeaker() {
        String text = "CNN reported that twenty people were still missing in the valley, citing local officials.";
        assertThat(QuoteDocs.of("en", text).entity("e1", EntityType.ORGANIZATION, "CNN", "CNN").quotes())
                .singleElement().satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("local officials"));
    }

    @Test
    void russianAsCueWithReferenceNamesTheSpeaker() {
        String text = "Как передает ТАСС со ссылкой на оперативный штаб региона, эвакуированы триста человек.";
        assertThat(QuoteDocs.of("ru", text).entity("e1", EntityType.ORGANIZATION, "TASS", "ТАСС").quotes())
                .singleElement().satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("оперативный штаб региона"));
    }

    @Test
    void russianBackReferenceWithReferenceNamesTheSpeaker() {
        String text = "В районе погибли два человека. Об этом передает ТАСС со ссылкой на оперативный штаб региона.";
        assertThat(QuoteDocs.of("ru", text).entity("e1", EntityType.ORGANIZATION, "TASS", "ТАСС").quotes())
                .singleElement().satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("оперативный штаб региона"));
    }

    @Test
    void frenchInvertedMediumCitingNamesTheSpeaker() {
        String text = "La route restera fermée jusqu'à vendredi, a indiqué France Info citant la préfecture du Gard.";
        assertThat(QuoteDocs.of("fr", text).quotes())
                .singleElement().satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("la préfecture du Gard"));
    }

    @Test
    void aMediumThatNamesNobodyStaysTheSpeaker() {
        String text = "Как передает ТАСС, эвакуированы триста человек.";
        assertThat(QuoteDocs.of("ru", text).entity("e1", EntityType.ORGANIZATION, "TASS", "ТАСС").quotes())
                .singleElement().satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("ТАСС"));
    }
}
