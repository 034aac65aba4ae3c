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
 * A lone word that the document uses as the first name of a person it names in full is that person, even where the
 * recogniser, reading only the words around it ("Pour Nahim, …"), would take it for a place or for no name.
 */
class GivenNameAloneIsThePersonNamedInFullTest {

    @Test
    void theGivenNameAfterAPrepositionJoinsThePerson() {
        List<Entity> fr = entities("fr", "Le maire a reçu Nahim Ferzouli mardi. Pour Nahim, la route restera fermée.");
        Entity person = named(fr, "Nahim Ferzouli");
        assertThat(person).isNotNull().extracting(Entity::type).isEqualTo(EntityType.PERSON);
        assertThat(names(person)).contains("Nahim");
        assertThat(fr).noneMatch(e -> e.type() == EntityType.LOCATION && names(e).contains("Nahim"));
    }
}
