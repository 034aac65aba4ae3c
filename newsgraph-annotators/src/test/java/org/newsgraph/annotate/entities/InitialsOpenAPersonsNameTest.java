package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class InitialsOpenAPersonsNameTest {
    @Test
    void initialsWithOrWithoutASpaceArePartOfTheMention() {
        List<Entity> ru = entities("ru", "Решение поддержал К.Смирнов, а позже его одобрил Д. А. Ковалёв.");
        assertThat(named(ru, "К.Смирнов").type()).isEqualTo(EntityType.PERSON);
        assertThat(named(ru, "Д. А. Ковалёв").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aSurnameAfterAnInitialIsAPersonEvenWhenATownHasThatName() {
        List<Entity> ru = entities("ru", "Комментарий дал глава отдела А.Иванов.");
        assertThat(named(ru, "А.Иванов").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void theInitialJoinsThePersonNamedInFull() {
        List<Entity> ru = entities("ru", "Глава района Борис Лапин заявил о ремонте. По словам Б.Лапина, работы начнутся летом.");
        Entity lapin = named(ru, "Борис Лапин");
        assertThat(lapin.mentions()).anyMatch(m -> m.text().equals("Б.Лапина"));
    }

    @Test
    void aTitleWrittenLikeAnInitialIsNotTakenIn() {
        List<Entity> fr = entities("fr", "Le ministre a reçu M. Dupontel, puis M. Dupontel est reparti.");
        assertThat(fr).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("M.")));
    }
}
