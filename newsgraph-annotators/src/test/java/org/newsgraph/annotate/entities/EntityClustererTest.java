package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class EntityClustererTest {

    @Test
    void aSurnameAloneJoinsThePersonNamedInFull() {
        List<Entity> en = entities("en", "Daniyar Akhmetov, a teacher, was detained. Police released Akhmetov later.");
        assertThat(names(named(en, "Daniyar Akhmetov"))).containsExactly("Daniyar Akhmetov", "Akhmetov");
    }

    @Test
    void spellingsAndDiacriticsOfOnePersonMerge() {
        List<Entity> fr = entities("fr", "Kassym-Jomart Tokayev a parlé samedi. Selon M. Tokaïev, le calme revient.");
        assertThat(EntityDocs.count(fr, EntityType.PERSON)).isEqualTo(1);
        assertThat(names(fr.get(0))).contains("Kassym-Jomart Tokayev", "Tokaïev");
    }

    @Test
    void russianCaseFormsOfAPersonMerge() {
        List<Entity> ru = entities("ru", "Журналист Павел Волков был задержан. Адвокат Павла Волкова не смог встретиться с ним.");
        assertThat(names(named(ru, "Павел Волков"))).containsExactly("Павел Волков", "Павла Волкова");
    }

    @Test
    void russianCaseFormsOfAPlaceMerge() {
        List<Entity> ru = entities("ru", "В Казахстане отменили режим. Президент Казахстана выступил с заявлением.");
        Entity kz = named(ru, "Казахстане");
        assertThat(names(kz)).containsExactly("Казахстане", "Казахстана");
        assertThat(kz.name()).isEqualTo("Kazakhstan");
    }

    @Test
    void anAcronymJoinsTheNameItAbbreviates() {
        List<Entity> en = entities("en", "The Eurasian Development Bank said loans would continue, and the EDB added that talks went on.");
        assertThat(names(named(en, "Eurasian Development Bank"))).contains("EDB");
    }

    @Test
    void anAcronymDefinedInParenthesesJoinsTheNameBeforeIt() {
        List<Entity> ru = entities("ru", "Об этом сообщила пресс-служба Агентства гражданской защиты (АГЗ) региона.");
        assertThat(names(named(ru, "Агентства гражданской защиты"))).contains("АГЗ");
    }

    @Test
    void exonymsAndHistoricalNamesGetTheEnglishName() {
        List<Entity> fr = entities("fr", "À Alma-Ata, il était 20 heures, soit 17 heures à Moscou.");
        assertThat(named(fr, "Alma-Ata").name()).isEqualTo("Almaty");
        assertThat(named(fr, "Moscou").name()).isEqualTo("Moscow");
    }

    @Test
    void aRussianNameTheKbDoesNotKnowIsRomanised() {
        List<Entity> ru = entities("ru", "Об этом рассказал депутат Берик Уали.");
        assertThat(named(ru, "Берик Уали").name()).isEqualTo("Berik Uali");
    }
}
