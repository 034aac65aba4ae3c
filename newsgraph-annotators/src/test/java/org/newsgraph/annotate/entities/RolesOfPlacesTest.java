package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.roles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

/** An office of a region or town ("le préfet du {place}", "губернатор {place}") stands for the person holding it. */
class RolesOfPlacesTest {
    @Test
    void aFrenchPrefectOfAPlaceAndLaterThePrefectAreThePersonNamedAfter() {
        List<Entity> fr = entities("fr", "Le préfet de Paris, Hervé Lambrecq, a ordonné l'évacuation. "
                + "Selon le préfet, 200 personnes ont quitté leur maison.");
        assertThat(roles(named(fr, "Hervé Lambrecq"))).containsExactly("Le préfet de Paris", "le préfet");
    }

    @Test
    void aPrefectOfAnUnknownPlaceIsStillThePersonNamedAfterIt() {
        List<Entity> fr = entities("fr", "Le préfet de la Valmorie, Hervé Lambrecq, a ordonné l'évacuation.");
        assertThat(roles(named(fr, "Hervé Lambrecq"))).isNotEmpty();
    }

    @Test
    void anEnglishGovernorOfAPlaceIsThePersonNamedAfter() {
        List<Entity> en = entities("en", "The governor of Oregon, Tom Haskell, declared an emergency. "
                + "The governor said forty roads were closed.");
        assertThat(roles(named(en, "Tom Haskell"))).containsExactly("The governor of Oregon", "The governor");
    }

    @Test
    void aRussianGovernorOfARegionIsThePersonNamedAfter() {
        List<Entity> ru = entities("ru", "Губернатор Томской области Павел Горелов ввёл режим ЧС. "
                + "Губернатор сообщил, что эвакуированы триста человек.");
        assertThat(roles(named(ru, "Павел Горелов"))).containsExactly("Губернатор Томской области", "Губернатор");
    }

    @Test
    void aPrefectNoOneIsNamedWithStandsForNoOne() {
        List<Entity> fr = entities("fr", "Le préfet a ordonné l'évacuation de Bellecombe.");
        assertThat(fr).allMatch(e -> roles(e).isEmpty());
    }

    @Test
    void theMayorOfACapitalIsTheKbHolderTheArticleNamesWithoutTyingThem() {
        String[][] cases = {
            {"fr", "Anne Hidalgo a visité le quartier sinistré lundi. Selon la maire de Paris, les travaux dureront un an.",
                "Anne Hidalgo", "la maire de Paris"},
            {"ru", "Сергей Собянин осмотрел подтопленные улицы. По словам мэра Москвы, ремонт займет месяц.",
                "Сергей Собянин", "мэра Москвы"},
            {"en", "Muriel Bowser toured the flooded streets on Monday. The mayor of Washington said the bridges would reopen.",
                "Muriel Bowser", "The mayor of Washington"},
        };
        for (String[] c : cases) assertThat(roles(named(entities(c[0], c[1]), c[2]))).as(c[0]).containsExactly(c[3]);
    }

    @Test
    void theMayorOfACapitalIsNoOneTheArticleDoesNotName() {
        List<Entity> fr = entities("fr", "La maire de Paris a annoncé la fermeture des berges.");
        assertThat(fr).allMatch(e -> roles(e).isEmpty());
    }
}
