package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.roles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

/** An office of a region or town ("le préfet du {place}", "губернатор {place}") stands for the person holding it. */
class RolesOfPlacesTest {
    @Test
    void aFrenchPrefectOfAPlaceAndLaterThePrefectAreThePersonNamedAfter() {
        List<Entity> fr = entities("fr", "Le préfet de Paris, Hervé Lambrecq, a ordonné l'évacuation. "
                + "Selon le préfet, 200 personnes ont quitté leur maison.");
        assertThat(roles(named(fr, "Hervé Lambrecq"))).containsExactly("Le préfet de Paris", "le préfet");
    }

    @Test
    void aPrefectOfAnUnknownPlaceIsStillThePersonNamedAfterIt() {
        List<Entity> fr = entities("fr", "Le préfet de la Valmorie, Hervé Lambrecq, a ordonné l'évacuation.");
        assertThat(roles(named(fr, "Hervé Lambrecq"))).isNotEmpty();
    }

    @Test
    void anEnglishGovernorOfAPlaceIsThePersonNamedAfter() {
        List<Entity> en = entities("en", "The governor of Oregon, Tom Haskell, declared an emergency. "
                + "The governor said forty roads were closed.");
        assertThat(roles(named(en, "Tom Haskell"))).containsExactly("The governor of Oregon", "The governor");
    }

    @Test
    void aRussianGovernorOfARegionIsThePersonNamedAfter() {
        List<Entity> ru = entities("ru", "Губернатор Томской области Павел Горелов ввёл режим ЧС. "
                + "Губернатор сообщил, что эвакуированы триста человек.");
        assertThat(roles(named(ru, "Павел Горелов"))).containsExactly("Губернатор Томской области", "Губернатор");
    }

    @Test
    void aPrefectNoOneIsNamedWithStandsForNoOne() {
        List<Entity> fr = entities("fr", "Le préfet a ordonné l'évacuation de Bellecombe.");
        assertThat(fr).allMatch(e -> roles(e).isEmpty());
    }
}
