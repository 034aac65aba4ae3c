package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class OfficialNameAfterConjunctionTest {
    @Test
    void aGenitiveAfterAConjunctionContinuesTheName() {
        List<Entity> ru = entities("ru", "Заявление опубликовало Министерство науки и высшего образования.");
        assertThat(named(ru, "Министерство науки и высшего образования").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aNominativeAfterAConjunctionEndsIt() {
        List<Entity> ru = entities("ru", "Преподаватели Высшей экономической школы и студенты вышли на митинг.");
        assertThat(named(ru, "Высшей экономической школы").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ru).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains("студенты")));
    }
}
