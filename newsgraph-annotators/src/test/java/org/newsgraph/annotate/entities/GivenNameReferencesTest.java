package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * A first name that is also a town's name, used alone after the full name of a person who bears it, is that person
 * (merged with the full name).
 */
class GivenNameReferencesTest {

    @Test
    void anEnglishFirstNameAloneIsThePersonNotTheTown() {
        List<Entity> found = EntityDocs.entities("en",
                "Her neighbour Douglas Penhallow heard the blast. According to Douglas, the windows shattered.");
        Entity person = EntityDocs.named(found, "Douglas Penhallow");
        assertThat(person).isNotNull();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(EntityDocs.names(person)).contains("Douglas");
        assertThat(found).noneMatch(e -> e.type() == EntityType.LOCATION);
    }

    @Test
    void aRussianFirstNameAloneIsThePersonInEveryCaseForm() {
        List<Entity> found = EntityDocs.entities("ru",
                "Сосед Виктория Самойленко вызвала пожарных. По словам Виктории, огонь начался на кухне.");
        Entity person = EntityDocs.named(found, "Виктория Самойленко");
        assertThat(person).isNotNull();
        assertThat(found).noneMatch(e -> e.type() == EntityType.LOCATION);
    }
}
