package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** A unit numbered after its corps' acronym ("CRS 8") is one organisation named with its number. */
class NumberedUnitsTest {

    @Test
    void theNumberBelongsToTheUnitsName() {
        List<Entity> found = EntityDocs.entities("fr",
                "Les policiers de la CRS 31 sont arrivés à Valognes vers minuit, a indiqué la préfecture.");
        Entity unit = EntityDocs.named(found, "CRS 31");
        assertThat(unit).isNotNull();
        assertThat(unit.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aCountAfterTheAcronymIsNoUnit() {
        List<Entity> found = EntityDocs.entities("fr",
                "Selon la préfecture, les CRS 2 000 fois sollicités ont tenu, et la BAC 2023 a été renforcée.");
        assertThat(EntityDocs.named(found, "CRS 2")).isNull();
        assertThat(EntityDocs.named(found, "BAC 2023")).isNull();
    }
}
