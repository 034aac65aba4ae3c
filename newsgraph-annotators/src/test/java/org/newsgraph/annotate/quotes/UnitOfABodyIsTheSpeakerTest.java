package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

/**
 * "A unit of the Council of Ministers said", "la cellule de crise de la préfecture a indiqué", "оперативный штаб
 * региона сообщил": the unit speaks, not the body named after it.
 */
class UnitOfABodyIsTheSpeakerTest {

    @Test
    void englishUnitOfACouncil() {
        String text = "A disaster management unit of the Regional Council said the bridge would reopen on Friday.";
        assertThat(QuoteDocs.of("en", text).entity("e1", EntityType.ORGANIZATION, "Regional Council", "Regional Council")
                .quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("A disaster management unit of the Regional Council"));
    }

    @Test
    void frenchCellOfAPrefecture() {
        String text = "La cellule de crise de la préfecture a indiqué que la route resterait fermée jusqu'à vendredi.";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("La cellule de crise de la préfecture"));
    }

    @Test
    void russianHeadquartersOfARegion() {
        String text = "Оперативный штаб региона сообщил, что дорогу откроют в пятницу.";
        assertThat(QuoteDocs.of("ru", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("Оперативный штаб региона"));
    }
}
