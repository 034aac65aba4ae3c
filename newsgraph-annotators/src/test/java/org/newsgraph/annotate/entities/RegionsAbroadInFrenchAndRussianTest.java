package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * US states, German Länder, Canadian provinces and Indian states named in French and Russian news (scripts/kb/
 * regions.tsv) are the regions, in every Russian case form and under their English names, never a country or town
 * that one of their words names ("Colombie-Britannique" is no Colombia); French départements are found by their
 * Russian names.
 */
class RegionsAbroadInFrenchAndRussianTest {

    @Test
    void frenchNamesOfStatesAndProvincesNameTheRegionInEnglish() {
        List<Entity> fr = EntityDocs.entities("fr", "Les orages ont frappé la Caroline du Nord puis la Floride. "
                + "En Rhénanie-du-Nord-Westphalie et en Colombie-Britannique, les rivières ont débordé.");
        assertRegion(fr, "Caroline du Nord", "North Carolina", "US");
        assertRegion(fr, "Floride", "Florida", "US");
        assertRegion(fr, "Rhénanie-du-Nord-Westphalie", "North Rhine-Westphalia", "DE");
        assertRegion(fr, "Colombie-Britannique", "British Columbia", "CA");
        assertThat(fr).noneMatch(e -> "CO".equals(e.country().orElse("")));
    }

    @Test
    void russianNamesOfStatesAndLaenderAreOneRegionInEveryCaseForm() {
        List<Entity> ru = EntityDocs.entities("ru", "Ливни прошли в Северной Каролине и в Нижней Саксонии. "
                + "Власти Нижней Саксонии и губернатор Северной Каролины объявили режим тревоги. "
                + "В Западной Бенгалии реки вышли из берегов.");
        Entity carolina = assertRegion(ru, "Северной Каролине", "North Carolina", "US");
        assertThat(EntityDocs.names(carolina)).contains("Северной Каролины");
        assertRegion(ru, "Нижней Саксонии", "Lower Saxony", "DE");
        assertRegion(ru, "Западной Бенгалии", "West Bengal", "IN");
    }

    @Test
    void aFrenchDepartementIsFoundByItsRussianName() {
        List<Entity> ru = EntityDocs.entities("ru",
                "Пожары охватили Жиронду и Приморскую Шаранту, в Дордони эвакуированы три деревни.");
        assertRegion(ru, "Жиронду", "Gironde", "FR");
        assertRegion(ru, "Приморскую Шаранту", "Charente-Maritime", "FR");
        assertRegion(ru, "Дордони", "Dordogne", "FR");
    }

    private static Entity assertRegion(List<Entity> found, String surface, String name, String country) {
        Entity e = EntityDocs.named(found, surface);
        assertThat(e).as(surface).isNotNull();
        assertThat(e.type()).isEqualTo(EntityType.LOCATION);
        assertThat(e.name()).isEqualTo(name);
        assertThat(e.country()).contains(country);
        return e;
    }
}
