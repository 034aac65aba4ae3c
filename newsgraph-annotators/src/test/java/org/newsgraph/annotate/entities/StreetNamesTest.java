package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * A street or square is a place named with its noun ("rue Pasteur", "улицу Ленина"): not the person it honours, not
 * a town whose key the name folds like.
 */
class StreetNamesTest {

    @Test
    void aFrenchStreetTakesItsNounAndIsAPlace() {
        List<Entity> found = EntityDocs.entities("fr",
                "Les manifestants se sont rassemblés place de la Bastille puis ont descendu la rue Émile-Zola "
                        + "jusqu'à la mairie de Vierzon.");
        Entity street = EntityDocs.named(found, "rue Émile-Zola");
        assertThat(street).isNotNull();
        assertThat(street.type()).isEqualTo(EntityType.LOCATION);
        assertThat(street.kb()).isEmpty();
        Entity square = EntityDocs.named(found, "place de la Bastille");
        assertThat(square).isNotNull();
        assertThat(square.type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void aRussianStreetNamedAfterSomeoneIsNoTown() {
        List<Entity> found = EntityDocs.entities("ru",
                "Полицейские перекрыли улицу Гагарина и проспект Мира после сообщения о бесхозной сумке.");
        Entity street = EntityDocs.named(found, "улицу Гагарина");
        assertThat(street).isNotNull();
        assertThat(street.type()).isEqualTo(EntityType.LOCATION);
        assertThat(street.kb()).isEmpty();
        Entity avenue = EntityDocs.named(found, "проспект Мира");
        assertThat(avenue).isNotNull();
        assertThat(avenue.kb()).isEmpty();
    }

    @Test
    void aPersonNamedAfterTheNounOfASquareOverAConnectorStaysAPerson() {
        List<Entity> found = EntityDocs.entities("fr",
                "C'est Pierre Vasseur qui a pris la parole, à la place de Madeleine Courtois, absente ce jour-là.");
        Entity person = EntityDocs.named(found, "Madeleine Courtois");
        assertThat(person).isNotNull();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void theStreetsOfAKnownCityAreThatCity() {
        List<Entity> ru = EntityDocs.entities("ru", "Тысячи болельщиков заполнили улицы Лондона после финала.");
        assertThat(EntityDocs.named(ru, "улицы Лондона")).isNull();
        Entity london = EntityDocs.named(ru, "Лондона");
        assertThat(london).isNotNull();
        assertThat(london.kb()).isPresent();
        List<Entity> fr = EntityDocs.entities("fr", "Des milliers de supporters ont envahi les rues de Lyon dimanche soir.");
        assertThat(EntityDocs.named(fr, "rues de Lyon")).isNull();
        assertThat(EntityDocs.named(fr, "Lyon")).isNotNull().extracting(Entity::type).isEqualTo(EntityType.LOCATION);
    }
}
