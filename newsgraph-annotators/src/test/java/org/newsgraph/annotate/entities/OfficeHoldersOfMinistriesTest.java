package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

/**
 * Interior and foreign ministers are KB office holders with their terms: the role phrase of an article that names
 * the minister in office ("le ministre de l'Intérieur", "the Home Secretary", "министр внутренних дел", "le chef de
 * la diplomatie") becomes a role mention of that person, in each language.
 */
class OfficeHoldersOfMinistriesTest {

    @Test
    void theFrenchInteriorMinisterInOfficeTakesTheRole() {
        List<Entity> found = EntityDocs.entities("fr",
                "Laurent Nuñez s'est rendu à Rouen mardi. Le ministre de l'Intérieur a promis des renforts.");
        Entity minister = EntityDocs.named(found, "Laurent Nuñez");
        assertThat(minister).isNotNull();
        assertThat(EntityDocs.roles(minister)).anyMatch(r -> r.toLowerCase().contains("ministre de l'intérieur"));
    }

    @Test
    void theHomeSecretaryAndTheRussianInteriorMinisterTakeTheirRoles() {
        List<Entity> en = EntityDocs.entities("en",
                "Shabana Mahmood visited Dover on Monday. The Home Secretary promised more border officers.");
        Entity home = EntityDocs.named(en, "Shabana Mahmood");
        assertThat(home).isNotNull();
        assertThat(EntityDocs.roles(home)).isNotEmpty();
        List<Entity> ru = EntityDocs.entities("ru",
                "Владимир Колокольцев прибыл в Тверь. Министр внутренних дел поручил усилить охрану вокзала.");
        Entity interior = EntityDocs.named(ru, "Владимир Колокольцев");
        assertThat(interior).isNotNull();
        assertThat(EntityDocs.roles(interior)).isNotEmpty();
    }

    @Test
    void theHeadOfFrenchDiplomacyIsTheForeignMinister() {
        List<Entity> found = EntityDocs.entities("fr",
                "Jean-Noël Barrot est arrivé à Beyrouth. Le chef de la diplomatie française a appelé au cessez-le-feu.");
        Entity minister = EntityDocs.named(found, "Jean-Noël Barrot");
        assertThat(minister).isNotNull();
        assertThat(EntityDocs.roles(minister)).isNotEmpty();
    }
}
