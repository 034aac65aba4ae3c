package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;

/**
 * A short name shared by several bodies ("Croix-Rouge", "Red Cross") is the body the article spells out around it,
 * not the one the KB gives the short name to; with no such body, or with the KB's own body spelt out, it stays.
 */
class ShortFormOfASpeltOutBodyTest {

    @Test
    void theShortFormJoinsTheFederationTheArticleSpellsOut() {
        List<Entity> fr = entities("fr", "La Fédération internationale des sociétés de la Croix-Rouge et du "
                + "Croissant-Rouge a lancé un appel mardi. La Croix-Rouge a ouvert trois centres d'accueil.");
        Entity federation = named(fr, "Croix-Rouge");
        assertThat(federation).isNotNull();
        assertThat(federation.name()).isEqualTo("International Federation of Red Cross and Red Crescent Societies");
        assertThat(names(federation)).hasSize(2);
    }

    @Test
    void inEnglishToo() {
        List<Entity> en = entities("en", "The Red Cross sent two lorries on Monday. The International Federation of "
                + "Red Cross and Red Crescent Societies said more help was coming.");
        Entity federation = named(en, "Red Cross");
        assertThat(federation).isNotNull();
        assertThat(names(federation)).contains("International Federation of Red Cross and Red Crescent Societies");
    }

    @Test
    void withTheKbsOwnBodySpeltOutTheShortFormStaysWithIt() {
        List<Entity> en = entities("en", "The International Committee of the Red Cross visited the camp. "
                + "The Red Cross said conditions were poor.");
        Entity committee = named(en, "Red Cross");
        assertThat(committee).isNotNull();
        assertThat(committee.name()).isEqualTo("International Committee of the Red Cross");
    }
}
