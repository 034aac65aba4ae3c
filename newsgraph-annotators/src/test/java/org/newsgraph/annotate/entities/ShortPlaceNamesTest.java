package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * Places whose name key is shorter than four letters ("Lille", "Nice", "Уфа") are linked when a cue types them as
 * places or when they are spelt as the place is; a short word that only folds like one is not.
 */
class ShortPlaceNamesTest {

    @Test
    void aShortCityAfterAPlacePrepositionIsLinked() {
        List<Entity> found = EntityDocs.entities("fr",
                "Des renforts sont arrivés de Nice et de Lille dans la nuit de mardi.");
        for (String city : List.of("Nice", "Lille")) {
            Entity e = EntityDocs.named(found, city);
            assertThat(e).as(city).isNotNull();
            assertThat(e.kb()).as(city).hasValueSatisfying(id -> assertThat(id).startsWith("geonames:"));
            assertThat(e.country()).as(city).contains("FR");
        }
    }

    @Test
    void anInflectedShortRussianCityIsLinkedAndNamedInEnglish() {
        Entity ufa = EntityDocs.named(EntityDocs.entities("ru",
                "В Уфе в среду объявили режим повышенной готовности."), "Уфе");
        assertThat(ufa).isNotNull();
        assertThat(ufa.name()).isEqualTo("Ufa");
        assertThat(ufa.country()).contains("RU");
    }

    @Test
    void aShortCityTheRecogniserTookForAPersonIsThePlaceWhenSpeltSo() {
        Entity lille = EntityDocs.named(EntityDocs.entities("en",
                "Floods hit northern France as Lille shelters hundreds of families."), "Lille");
        assertThat(lille).isNotNull();
        assertThat(lille.type()).isEqualTo(EntityType.LOCATION);
        assertThat(lille.country()).contains("FR");
    }

    @Test
    void aFirstNameThatOnlyFoldsLikeAShortCityStaysAPerson() {
        Entity nika = EntityDocs.named(EntityDocs.entities("en",
                "Nika Brennholt, who runs the bakery, said the water rose within minutes. Nika added that no one was hurt."),
                "Nika Brennholt");
        assertThat(nika).isNotNull();
        assertThat(nika.type()).isEqualTo(EntityType.PERSON);
        assertThat(nika.kb()).isEmpty();
    }
}
