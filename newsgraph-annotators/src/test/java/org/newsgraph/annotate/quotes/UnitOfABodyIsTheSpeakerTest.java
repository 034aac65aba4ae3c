package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;

/**
 * "A unit of the Council of Ministers said", "la cellule de crise de la préfecture a indiqué", "оперативный штаб
 * региона сообщил", "the UN refugee agency said": the unit speaks, not the body named after or before it; and the
 * aide of a named person speaks, not that person ("the former aide to President X said").
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

    @Test
    void aBodyOrAnAideNamedAfterAnotherIsNotThatOther() {
        assertThat(onlySpeaker("\"The camps are full,\" the Northland refugee agency said on Monday.",
                EntityType.ORGANIZATION, "Northland")).isEqualTo("the Northland refugee agency");
        assertThat(onlySpeaker("\"The camps are full,\" Northland said on Monday.", EntityType.ORGANIZATION,
                "Northland")).isEqualTo("e1");
        // the aide of a titled person
        assertThat(onlySpeaker("\"This is a grave mistake,\" said the former top aide to President Alan Grath.",
                EntityType.PERSON, "Alan Grath")).isEqualTo("the former top aide to President Alan Grath");
        assertThat(onlySpeaker("\"This is a grave mistake,\" said President Alan Grath.", EntityType.PERSON,
                "Alan Grath")).isEqualTo("e1");
    }

    /** The entity id of the only quote's speaker, else its words; the text names one entity e1. */
    private static String onlySpeaker(String text, EntityType type, String name) {
        var quotes = QuoteDocs.of("en", text).entity("e1", type, name, name).quotes();
        assertThat(quotes).hasSize(1);
        String entity = QuoteDocs.speakerEntity(quotes.get(0));
        return entity != null ? entity : QuoteDocs.speakerText(quotes.get(0));
    }
}
