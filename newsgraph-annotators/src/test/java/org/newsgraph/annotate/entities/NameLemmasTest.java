package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Entity;

class NameLemmasTest {
    private static final NameLemmas RU = new NameLexicons(LanguagePacks.expect("ru")).lemmas;

    @Test
    void anAdjectiveAndTheHeadNounAfterItGoBackToTheNominativeTogether() {
        assertThat(RU.of("Новосибирской области")).isEqualTo("Новосибирская область");
        assertThat(RU.of("Пермского края")).isEqualTo("Пермский край");
        assertThat(RU.of("Горным институтом")).isEqualTo("Горный институт");
        assertThat(RU.of("Уральском федеральном университете")).isEqualTo("Уральский федеральный университет");
        assertThat(RU.of("Московской городской думы")).isEqualTo("Московская городская дума");
    }

    @Test
    void aHeadNounWithoutAdjectiveChangesOnlyToAHeadThePackLists() {
        assertThat(RU.of("Министерства обороны Армении")).isEqualTo("Министерство обороны Армении");
        assertThat(RU.of("Службы спасения")).isEqualTo("Служба спасения");
        assertThat(RU.of("Петрова")).isEqualTo("Петрова");
        assertThat(RU.of("Тверью")).isEqualTo("Тверью");
    }

    @Test
    void theComplementAfterTheNounKeepsItsCase() {
        assertThat(RU.of("Центральной избирательной комиссии России"))
                .isEqualTo("Центральная избирательная комиссия России");
    }

    @Test
    void anIndeclinableNounLeavesTheAdjectivesToSayTheCase() {
        assertThat(RU.of("Ленинского ОВД")).isEqualTo("Ленинский ОВД");
    }

    @Test
    void aLoneRegionalAdjectiveIsPutInTheNominative() {
        assertThat(RU.of("Свердловской")).isEqualTo("Свердловская");
        assertThat(RU.of("Свердловская")).isEqualTo("Свердловская");
    }

    @Test
    void aNameAlreadyInTheNominativeStaysAsItIs() {
        assertThat(RU.of("Новосибирская область")).isEqualTo("Новосибирская область");
        assertThat(RU.of("Российская академия наук")).isEqualTo("Российская академия наук");
        assertThat(RU.of("Городской суд")).isEqualTo("Городской суд");
        assertThat(RU.of("Центральный банк")).isEqualTo("Центральный банк");
        assertThat(RU.of("МЧС России")).isEqualTo("МЧС России");
        assertThat(RU.of("Red Cross")).isEqualTo("Red Cross");
    }

    @Test
    void languagesWithoutRowsChangeNothing() {
        assertThat(new NameLexicons(LanguagePacks.expect("fr")).lemmas.of("Nouvelle-Aquitaine")).isEqualTo("Nouvelle-Aquitaine");
        assertThat(NameLemmas.NONE.of("Новосибирской области")).isEqualTo("Новосибирской области");
    }

    @Test
    void aBodySeenOnlyInAnObliqueCaseIsNamedInTheNominative() {
        List<Entity> ru = entities("ru", "Сотрудники Новосибирского областного суда отказались от комментариев.");
        assertThat(named(ru, "Новосибирского областного суда").name()).isEqualTo("Новосибирский областной суд");
    }

    @Test
    void aStressedMirovoyAdjectiveKeepsItsOyEnding() {
        assertThat(RU.of("Мирового суда")).isEqualTo("Мировой суд");
        assertThat(RU.of("Мировым судом")).isEqualTo("Мировой суд");
    }
}
