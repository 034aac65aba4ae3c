package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** Wars and quoted titles of works are none of the scored types; places and bodies around them stay. */
class EventsAndTitlesAreNoNamesTest {
    private static boolean mentions(List<Entity> entities, String part) {
        return entities.stream().anyMatch(e -> e.type() != EntityType.OTHER
                && e.mentions().stream().anyMatch(m -> m.text().contains(part)));
    }

    @Test
    void aFrenchWarIsNoPlace() {
        List<Entity> fr = entities("fr", "Pendant la Seconde Guerre mondiale, le pont de Valmoray fut détruit.");
        assertThat(mentions(fr, "Seconde")).isFalse();
    }

    @Test
    void aRussianWarIsNoPlace() {
        List<Entity> ru = entities("ru", "В Великую Отечественную войну завод эвакуировали.");
        assertThat(mentions(ru, "Великую")).isFalse();
        assertThat(mentions(ru, "Отечественную")).isFalse();
    }

    @Test
    void aKnownPlaceAfterTheWarStays() {
        List<Entity> fr = entities("fr", "Il a couvert la guerre d'Irak pour une radio.");
        assertThat(named(fr, "Irak").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aQuotedFilmTitleIsNoOrganisation() {
        List<Entity> ru = entities("ru", "Фильм «Тихая гавань» показали в кинотеатре.");
        assertThat(mentions(ru, "Тихая гавань")).isFalse();
    }

    @Test
    void aQuotedPartyNameStaysAnOrganisation() {
        List<Entity> ru = entities("ru", "Партия «Зелёная волна» провела съезд.");
        assertThat(named(ru, "Зелёная волна").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
