package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * Regions and French départements of the shipped KB (GeoNames plus the hand-written tables of scripts/kb): the
 * regions of 2016 are linked, a département outranks a foreign namesake, Russian federal subjects are found in every
 * case form and named in English.
 */
class RegionsAndDepartementsTest {

    @Test
    void theFrenchRegionsOf2016AreLinkedInEveryLanguage() {
        Entity fr = EntityDocs.named(EntityDocs.entities("fr",
                "La région Hauts-de-France a voté mardi une aide aux éleveurs touchés par la sécheresse."),
                "Hauts-de-France");
        assertThat(fr).isNotNull();
        assertThat(fr.kb()).hasValueSatisfying(id -> assertThat(id).startsWith("geonames:"));
        assertThat(fr.country()).contains("FR");
        Entity en = EntityDocs.named(EntityDocs.entities("en",
                "Farmers in Nouvelle-Aquitaine said the drought had cut their harvest by half."), "Nouvelle-Aquitaine");
        assertThat(en).isNotNull();
        assertThat(en.kb()).isPresent();
    }

    @Test
    void aDepartementOutranksAForeignPlaceOfTheSameName() {
        List<Entity> found = EntityDocs.entities("fr",
                "Le préfet du Nord a réuni les maires dimanche. Dans le Nord, les routes restent fermées.");
        Entity nord = EntityDocs.named(found, "Nord");
        assertThat(nord).isNotNull();
        assertThat(nord.type()).isEqualTo(EntityType.LOCATION);
        assertThat(nord.country()).contains("FR");
    }

    @Test
    void aDepartementOfSeveralWordsIsFoundWithoutACue() {
        Entity e = EntityDocs.named(EntityDocs.entities("fr",
                "Les pompiers des Alpes-Maritimes ont été renforcés par des colonnes venues de loin."), "Alpes-Maritimes");
        assertThat(e).isNotNull();
        assertThat(e.type()).isEqualTo(EntityType.LOCATION);
        assertThat(e.country()).contains("FR");
    }

    @Test
    void aRussianRegionIsOneEntityInEveryCaseFormAndNamedInEnglish() {
        List<Entity> found = EntityDocs.entities("ru",
                "Спасатели прибыли в Пермский край в среду. Власти Пермского края открыли пункты временного "
                        + "размещения, а в Пермском крае объявлен режим чрезвычайной ситуации.");
        Entity krai = EntityDocs.named(found, "Пермского края");
        assertThat(krai).isNotNull();
        assertThat(krai.name()).isEqualTo("Perm Krai");
        assertThat(krai.kb()).hasValueSatisfying(id -> assertThat(id).startsWith("geonames:"));
        assertThat(EntityDocs.names(krai)).contains("Пермский край", "Пермском крае");
    }

    @Test
    void anOblastIsNotTheCityItsOldNameShares() {
        Entity oblast = EntityDocs.named(EntityDocs.entities("ru",
                "Жители Свердловской области пожаловались на перебои с водой."), "Свердловской области");
        assertThat(oblast).isNotNull();
        assertThat(oblast.name()).isEqualTo("Sverdlovsk Oblast");
    }

    @Test
    void aUkrainianOblastIsFoundInEveryLanguageAndCaseForm() {
        List<Entity> ru = EntityDocs.entities("ru",
                "Власти Полтавской области эвакуировали жителей трех сел. В Полтавскую область направлены спасатели.");
        Entity oblast = EntityDocs.named(ru, "Полтавской области");
        assertThat(oblast).isNotNull();
        assertThat(oblast.name()).isEqualTo("Poltava Oblast");
        assertThat(oblast.country()).contains("UA");
        assertThat(EntityDocs.names(oblast)).contains("Полтавскую область");
        Entity fr = EntityDocs.named(EntityDocs.entities("fr",
                "Des coupures d'électricité ont touché l'oblast de Poltava dans la nuit de lundi."), "oblast de Poltava");
        assertThat(fr).isNotNull();
        assertThat(fr.name()).isEqualTo("Poltava Oblast");
        Entity en = EntityDocs.named(EntityDocs.entities("en",
                "Power cuts hit the Poltava region overnight, officials said."), "Poltava region");
        assertThat(en).isNotNull();
        assertThat(en.name()).isEqualTo("Poltava Oblast");
    }

    @Test
    void aCityKeepsItsNameWhenGeoNamesNamesItsRegionAfterIt() {
        Entity city = EntityDocs.named(EntityDocs.entities("en",
                "On Tuesday morning the residents of Poltava queued for water."), "Poltava");
        assertThat(city).isNotNull();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.name()).isEqualTo("Poltava");
    }
}
