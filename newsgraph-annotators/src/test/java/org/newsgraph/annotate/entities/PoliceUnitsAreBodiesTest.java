package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * Police and gendarmerie units named by their acronyms ("CRS", "BAC", "GIGN", "ОМОН", "SWAT") are organisations of
 * the KB, not places an acronym happens to fold like, nor words the recogniser leaves out.
 */
class PoliceUnitsAreBodiesTest {

    @Test
    void frenchUnitsAreOrganisations() {
        List<Entity> found = EntityDocs.entities("fr",
                "Des policiers de la BAC et deux compagnies de CRS ont été envoyés à Valognes, où le GIGN était déjà "
                        + "sur place avec le RAID.");
        for (String unit : List.of("BAC", "CRS", "GIGN", "RAID")) {
            Entity e = EntityDocs.named(found, unit);
            assertThat(e).as(unit).isNotNull();
            assertThat(e.type()).as(unit).isEqualTo(EntityType.ORGANIZATION);
        }
    }

    @Test
    void russianAndEnglishUnitsAreOrganisations() {
        Entity omon = EntityDocs.named(EntityDocs.entities("ru",
                "Бойцы ОМОН задержали в Твери двух мужчин, сообщили в полиции."), "ОМОН");
        assertThat(omon).isNotNull();
        assertThat(omon.type()).isEqualTo(EntityType.ORGANIZATION);
        Entity swat = EntityDocs.named(EntityDocs.entities("en",
                "A SWAT team surrounded the house in Dayton before dawn."), "SWAT");
        assertThat(swat).isNotNull();
        assertThat(swat.type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
