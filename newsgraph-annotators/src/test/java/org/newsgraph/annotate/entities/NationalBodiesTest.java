package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** A country's own society named like an international body is that society, and its short form follows it. */
class NationalBodiesTest {
    @Test
    void anAdjectiveOfNationalityBeforeMakesTheNationalBody() {
        List<Entity> en = entities("en", "The Lebanese Red Cross sent ten ambulances. The Red Cross said more were needed. "
                + "The International Committee of the Red Cross offered help.");
        Entity lebanese = named(en, "Lebanese Red Cross");
        assertThat(lebanese.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(lebanese.kb()).isEmpty();
        assertThat(names(lebanese)).contains("Red Cross");
        assertThat(named(en, "International Committee of the Red Cross")).isNotSameAs(lebanese);
    }

    @Test
    void twoAdjectivesOfNationalityOpenIt() {
        List<Entity> en = entities("en", "The Syrian Arab Red Crescent delivered food on Monday.");
        assertThat(named(en, "Syrian Arab Red Crescent").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aFrenchAdjectiveAfterMakesTheNationalBody() {
        List<Entity> fr = entities("fr", "La Croix-Rouge libanaise a déployé ses équipes. Le Comité international "
                + "de la Croix-Rouge a proposé son aide.");
        Entity lebanese = named(fr, "Croix-Rouge libanaise");
        assertThat(lebanese.kb()).isEmpty();
        assertThat(named(fr, "Comité international de la Croix-Rouge").name())
                .isEqualTo("International Committee of the Red Cross");
    }

    @Test
    void aRussianAdjectiveBeforeMakesTheNationalBody() {
        List<Entity> ru = entities("ru", "Российский Красный Крест собрал помощь для пострадавших.");
        assertThat(named(ru, "Российский Красный Крест").name()).isEqualTo("Российский Красный Крест");
    }

    @Test
    void withoutAnAdjectiveTheShortNameIsTheInternationalBody() {
        List<Entity> en = entities("en", "The Red Cross said it was ready to help.");
        assertThat(named(en, "Red Cross").name()).isEqualTo("International Committee of the Red Cross");
    }
}
