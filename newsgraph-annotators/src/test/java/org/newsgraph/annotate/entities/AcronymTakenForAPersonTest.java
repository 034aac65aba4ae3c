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
 * An acronym of a body no KB knows is one organisation with its spelt-out name, even where the recogniser alone
 * took the letters for a person; letters the text never spells out keep what they were.
 */
class AcronymTakenForAPersonTest {

    @Test
    void theSpeltOutBodyAndItsAcronymAreOneOrganisation() {
        List<Entity> ru = entities("ru", "Всероссийская федерация малого бизнеса (ВФМБ) выделила средства. "
                + "Представитель ВФМБ Ирина Солодова сообщила, что помощь доставят в пятницу.");
        Entity body = named(ru, "ВФМБ");
        assertThat(body).isNotNull();
        assertThat(body.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(body)).contains("Всероссийская федерация малого бизнеса");
        assertThat(named(ru, "Ирина Солодова").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void inFrenchAndEnglishWordOrder() {
        List<Entity> fr = entities("fr", "L'Observatoire régional des risques côtiers a publié un rapport. "
                + "Selon l'ORRC, le littoral a reculé de dix mètres.");
        assertThat(names(named(fr, "ORRC"))).contains("Observatoire régional des risques côtiers");
        List<Entity> en = entities("en", "The Coastal Flood Defence Authority said the barrier held. "
                + "A CFDA engineer said repairs would take weeks.");
        assertThat(names(named(en, "CFDA"))).contains("Coastal Flood Defence Authority");
    }
}
