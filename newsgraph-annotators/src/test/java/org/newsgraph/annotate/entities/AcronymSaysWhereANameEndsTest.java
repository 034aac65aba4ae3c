package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

/**
 * A body's name that a lower-case word seemed to end is whole where an acronym after it spells it out: the cut form
 * is no mention of its own ("Association départementale de protection" inside "… de protection civile (ADPC)").
 */
class AcronymSaysWhereANameEndsTest {

    @Test
    void aFrenchNameEndsWhereItsAcronymSays() {
        wholeNameOnly("fr", "Les secours étaient dirigés par la présidente de l'Association départementale de "
                + "protection civile (ADPC). Selon l'ADPC, douze équipes sont sur place.",
                "Association départementale de protection civile", "ADPC");
    }

    @Test
    void aRussianNameEndsWhereItsAcronymSaysInEveryCaseForm() {
        wholeNameOnly("ru", "Операцию возглавил руководитель Областного центра аварийных работ (ОЦАР). "
                + "По данным ОЦАР, спасены двадцать человек.", "Областного центра аварийных работ", "ОЦАР");
    }

    private static void wholeNameOnly(String lang, String text, String whole, String acronym) {
        List<Entity> found = entities(lang, text);
        Entity body = named(found, whole);
        assertThat(body).isNotNull();
        assertThat(names(body)).contains(acronym);
        assertThat(names(body)).allMatch(n -> n.equals(acronym) || n.equals(whole));
    }
}
