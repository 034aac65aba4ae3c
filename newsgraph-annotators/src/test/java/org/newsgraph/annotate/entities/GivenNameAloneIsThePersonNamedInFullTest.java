package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * A lone word that the document uses as the first name of a person it names in full is that person (one rule,
 * {@link GivenNameReferences}): even where the recogniser, reading only the words around it ("Pour Nahim, …"), would
 * take it for a place or for no name, where it opens a sentence, and where the KB knows a town of that name. A noun
 * of geography before it keeps the place.
 */
class GivenNameAloneIsThePersonNamedInFullTest {

    @Test
    void theGivenNameAfterAPrepositionJoinsThePerson() {
        joinsThePersonAndNamesNoPlace("fr", "Le maire a reçu Nahim Ferzouli mardi. Pour Nahim, la route restera fermée.",
                "Nahim Ferzouli", "Nahim");
    }

    @Test
    void anEnglishFirstNameAloneIsThePersonNotTheTown() {
        joinsThePersonAndNamesNoPlace("en",
                "Her neighbour Douglas Penhallow heard the blast. According to Douglas, the windows shattered.",
                "Douglas Penhallow", "Douglas");
    }

    @Test
    void aRussianFirstNameAloneIsThePersonInEveryCaseForm() {
        joinsThePersonAndNamesNoPlace("ru",
                "Сосед Виктория Самойленко вызвала пожарных. По словам Виктории, огонь начался на кухне.",
                "Виктория Самойленко", "Виктории");
    }

    @Test
    void aGivenNameOpeningASentenceJoinsThePerson() {
        joinsThePersonAndNamesNoPlace("fr",
                "Les secours ont évacué Maëlys Torrendo et ses voisins. Maëlys raconte que l'eau montait vite.",
                "Maëlys Torrendo", "Maëlys");
    }

    @Test
    void aNounOfGeographyBeforeTheWordKeepsThePlace() {
        List<Entity> en = entities("en",
                "Victoria Hollinger, a nurse, drove north. Roads near the town of Victoria were closed.");
        Entity person = named(en, "Victoria Hollinger");
        assertThat(person).isNotNull();
        assertThat(names(person)).doesNotContain("Victoria");
    }

    private static void joinsThePersonAndNamesNoPlace(String lang, String text, String full, String alone) {
        List<Entity> found = entities(lang, text);
        Entity person = named(found, full);
        assertThat(person).isNotNull().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(names(person)).contains(alone);
        assertThat(found).noneMatch(e -> e.type() == EntityType.LOCATION && names(e).contains(alone));
    }
}
