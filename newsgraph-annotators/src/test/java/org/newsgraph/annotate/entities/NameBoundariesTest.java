package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** Where a name starts and ends: long official names, owners, titles, particles, quotes and place kinds. */
class NameBoundariesTest {

    @Test
    void officialNamesRunOverTheirComplementsAndAConjunctionOfOneBody() {
        List<Entity> en = entities("en", "The Regional Office for the Protection of Coastal Villages said roads were cut. "
                + "Later the Northern Federation of Blue Cross and Blue Anchor Societies sent boats.");
        assertThat(named(en, "Regional Office for the Protection of Coastal Villages").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(en, "Northern Federation of Blue Cross and Blue Anchor Societies")).isNotNull();
    }

    @Test
    void aConjunctionNeverJoinsASecondBody() {
        List<Entity> en = entities("en", "The Ministry of Fisheries and the Ministry of Roads met. "
                + "The Health Ministry and the Chilean Health Ministry signed a pact.");
        assertThat(named(en, "Ministry of Fisheries")).isNotNull();
        assertThat(en).noneMatch(e -> e.name().contains(" and "));
    }

    @Test
    void anOwnerBeforeANameIsANameOfItsOwn() {
        List<Entity> en = entities("en", "Chile's Radio Pacifico reported the fire. Peru's Interior Ministry sent help.");
        assertThat(named(en, "Radio Pacifico").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(en, "Interior Ministry")).isNotNull();
        assertThat(en).noneMatch(e -> e.name().contains("'s"));
    }

    @Test
    void anOfficeNamedAfterATitleKeepsItsPossessive() {
        List<Entity> en = entities("en", "The Attorney General's Office opened an inquiry into the contracts.");
        assertThat(en).anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.mentions().stream()
                .anyMatch(m -> m.text().contains("Attorney General's Office")));
    }

    @Test
    void aTitleAfterAnOrganisationEndsItsName() {
        List<Entity> en = entities("en", "World Rowing Organization Secretary-General Halvard Ystebo spoke to reporters.");
        assertThat(named(en, "World Rowing Organization").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(en, "Halvard Ystebo").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLowerCaseParticleJoinedByAHyphenContinuesAPersonsName() {
        List<Entity> en = entities("en", "The mayor, Abdel-Karim al-Mansouri, asked for tents.");
        assertThat(named(en, "Abdel-Karim al-Mansouri").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aConnectorAloneStartsNoName() {
        List<Entity> fr = entities("fr", "Le Sporting Club de Vannes a gagné dimanche.");
        assertThat(fr).noneMatch(e -> e.name().startsWith("de "));
    }

    @Test
    void aQuotedRussianNameIsTakenWholeAfterItsKind() {
        List<Entity> ru = entities("ru", "Контракт получила компания «Белая роща» в пятницу.");
        assertThat(named(ru, "Белая роща").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aClosingQuoteOpensNoName() {
        List<Entity> ru = entities("ru", "Редактор «Вестника» Олег Смирнов и фотограф задержаны.");
        assertThat(named(ru, "Олег Смирнов").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aRussianAdjectiveAndItsPlaceKindAreOnePlaceEvenAfterATitle() {
        List<Entity> ru = entities("ru", "Губернатор Тверской области объявил траур.");
        assertThat(named(ru, "Тверской области").type()).isEqualTo(EntityType.LOCATION);
        assertThat(ru).noneMatch(e -> e.type() == EntityType.PERSON);
    }

    @Test
    void aBranchOfAKnownAgencyIsOneOrganisation() {
        List<Entity> ru = entities("ru", "Об этом сообщает Интерфакс-Урал со ссылкой на полицию.");
        assertThat(named(ru, "Интерфакс-Урал").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
