package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class PlaceNounBeforeNameTest {
    @Test
    void aNameAfterANounOfGeographyInAnyCaseIsAPlace() {
        List<Entity> ru = entities("ru", "Туристы сплавлялись по реке Шугуре, а потом заночевали на острове Кулубай.");
        assertThat(named(ru, "Шугуре").type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(ru, "Кулубай").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aConnectorMayStandBetweenTheNounAndTheName() {
        List<Entity> fr = entities("fr", "Les secours sont arrivés dans la commune de Trévanec mardi soir.");
        assertThat(named(fr, "Trévanec").type()).isEqualTo(EntityType.LOCATION);
        List<Entity> en = entities("en", "Rescuers reached the village of Tazrout on Monday.");
        assertThat(named(en, "Tazrout").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aPersonNamedAfterTheNounStaysAPerson() {
        List<Entity> ru = entities("ru", "Жители деревни Михаил Кузнецов и Анна Сорокина вызвали спасателей.");
        assertThat(named(ru, "Михаил Кузнецов").type()).isEqualTo(EntityType.PERSON);
    }
}
