package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** The merging rules of issue 13 on sentences written for them, in each language. */
class MergingAcrossFormsTest {

    @Test
    void anAcronymJoinsAnExpansionThatNoCueTyped() {
        List<Entity> en = entities("en", "Officials told the Associated Press on Monday that the road was closed. AP also spoke to residents.");
        Entity ap = named(en, "Associated Press");
        assertThat(ap).isNotNull();
        assertThat(names(ap)).contains("AP");
        assertThat(ap.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aRussianAcronymJoinsItsFullForm() {
        List<Entity> ru = entities("ru", "На место прибыли сотрудники Агентства гражданской защиты. Позже в АГЗ сообщили о трех пострадавших.");
        Entity full = named(ru, "Агентства гражданской защиты");
        assertThat(full).isNotNull();
        assertThat(names(full)).contains("АГЗ");
    }

    @Test
    void aFrenchAcronymJoinsItsFullForm() {
        List<Entity> fr = entities("fr", "Un rapport de la Fédération Française de Cardiologie paraît lundi. Selon la FFC, les cas augmentent.");
        Entity full = named(fr, "Fédération Française de Cardiologie");
        assertThat(full).isNotNull();
        assertThat(names(full)).contains("FFC");
    }

    @Test
    void aPlaceWithAndWithoutItsKindIsOnePlace() {
        List<Entity> en = entities("en", "Aid trucks entered the Gaza Strip on Sunday. Residents of Gaza said food was short.");
        assertThat(names(named(en, "Gaza Strip"))).contains("Gaza");
        List<Entity> fr = entities("fr", "Des camions sont entrés dans la bande de Gaza dimanche. À Gaza, les habitants manquent de tout.");
        assertThat(names(named(fr, "Gaza"))).contains("bande de Gaza");
        List<Entity> ru = entities("ru", "Гуманитарные грузы доставили в сектор Газа. Жители Газы ждут помощи.");
        assertThat(names(named(ru, "Газы"))).contains("сектор Газа");
    }

    @Test
    void aPlaceAndAnotherPlaceNamedAfterItStayApart() {
        List<Entity> en = entities("en", "Flights to Beirut resumed on Sunday after Beirut Airport reopened.");
        Entity airport = named(en, "Beirut Airport");
        if (airport != null) assertThat(names(airport)).doesNotContain("Beirut");
    }

    @Test
    void aFirstNameAloneAfterTheFullNameIsThatPerson() {
        List<Entity> en = entities("en", "Doctors at the hospital said Marisol Okonkwo worked through the night. Marisol said the ward was full.");
        assertThat(names(named(en, "Marisol Okonkwo"))).contains("Marisol");
        List<Entity> fr = entities("fr", "L'infirmière Bouchra Lahlou a travaillé toute la nuit. Bouchra raconte que le service était plein.");
        assertThat(names(named(fr, "Bouchra Lahlou"))).contains("Bouchra");
    }

    @Test
    void aFirstNameTwoPeopleShareJoinsNeither() {
        List<Entity> en = entities("en", "The report quoted Marisol Okonkwo and Marisol Adeyemi. Marisol said the ward was full.");
        assertThat(names(named(en, "Marisol Okonkwo"))).doesNotContain("Marisol");
        assertThat(names(named(en, "Marisol Adeyemi"))).doesNotContain("Marisol");
    }

    @Test
    void oneMinistryInOtherWordOrdersAndCountryWordsIsOneBody() {
        List<Entity> en = entities("en", "Lebanon's Health Ministry gave a toll on Monday. The Lebanese Health Ministry later raised it, "
                + "and the Ministry of Health said hospitals were full.");
        Entity m = named(en, "Lebanese Health Ministry");
        assertThat(m).isNotNull();
        assertThat(names(m)).contains("Ministry of Health");
    }

    @Test
    void ministriesOfTwoCountriesStayApart() {
        List<Entity> en = entities("en", "The Lebanese Health Ministry and the French Health Ministry signed an agreement.");
        Entity lb = named(en, "Lebanese Health Ministry");
        assertThat(lb).isNotNull();
        assertThat(names(lb)).doesNotContain("French Health Ministry");
    }

    @Test
    void aShortNameOfALinkedBodyJoinsIt() {
        List<Entity> ru = entities("ru", "Дело возбудил СК России. Следственный комитет проверит все версии.");
        Entity sk = named(ru, "СК России");
        assertThat(sk).isNotNull();
        assertThat(names(sk)).contains("Следственный комитет");
    }
}
