package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.roles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

class RoleResolverTest {

    @Test
    void aRolePhraseBeforeANameStandsForThatPersonLaterToo() {
        List<Entity> fr = entities("fr", "Le président kazakh Kassym-Jomart Tokayev a pris la parole au Kazakhstan. "
                + "Ensuite, le chef de l'État a promis des réformes.");
        assertThat(roles(named(fr, "Kassym-Jomart Tokayev"))).containsExactly("Le président kazakh", "le chef de l'État");
    }

    @Test
    void aRoleResolvesThroughTheKbWhenTheArticleNamesTheHolder() {
        List<Entity> ru = entities("ru", "Токаев провёл совещание в Казахстане. Глава государства поручил навести порядок.");
        assertThat(roles(named(ru, "Токаев"))).containsExactly("Глава государства");
        List<Entity> en = entities("en", "Kassym-Jomart Tokayev met ministers in Kazakhstan. The Kazakh leader said order was restored.");
        assertThat(roles(named(en, "Kassym-Jomart Tokayev"))).containsExactly("The Kazakh leader");
    }

    @Test
    void aRoleWhoseHolderTheArticleDoesNotNameStaysUnresolved() {
        List<Entity> fr = entities("fr", "Au Kazakhstan, le chef de l'État a promis des réformes.");
        assertThat(fr).allSatisfy(e -> assertThat(roles(e)).isEmpty());
    }

    @Test
    void roleMentionsAreNotNames() {
        List<Entity> fr = entities("fr", "Le président kazakh Kassym-Jomart Tokayev a parlé.");
        assertThat(EntityDocs.names(named(fr, "Kassym-Jomart Tokayev"))).containsExactly("Kassym-Jomart Tokayev");
    }
}
