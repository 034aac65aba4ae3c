package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.roles;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.model.Entity;

/**
 * An office written as a title before a name ("Mayor Jane Roe") or without its article after a name and a comma
 * ("Jeanne Dupin, maire de Vernon") binds that person: "the mayor" / "la maire" later in the article is a role
 * mention of the same person.
 */
class OfficeTitleBindsItsHolderTest {

    @Test
    void aTitleBeforeTheNameBindsTheLaterRole() {
        List<Entity> en = entities("en", "Mayor Tessa Gorvane said on Tuesday that three shelters had opened. "
                + "The mayor added that more rain was expected.");
        Entity mayor = named(en, "Tessa Gorvane");
        assertThat(mayor).isNotNull();
        assertThat(roles(mayor)).contains("The mayor");
    }

    @Test
    void anOfficeWithoutArticleAfterANameAndACommaBindsTheLaterRole() {
        List<Entity> fr = entities("fr", "Selon Odile Ramberton, maire de Vernon, la situation reste tendue. "
                + "La maire a demandé des moyens supplémentaires.");
        Entity mayor = named(fr, "Odile Ramberton");
        assertThat(mayor).isNotNull();
        assertThat(roles(mayor)).contains("La maire");
    }

    @Test
    void aBareOfficeWithNoOneNamedStaysUnresolved() {
        List<Entity> en = entities("en", "The deputy mayor of the town said the bridge was closed.");
        assertThat(en).allSatisfy(e -> assertThat(roles(e)).isEmpty());
    }

    @Test
    void theHeadOfStateOfTheCountryTheArticlesPlacesLieInIsTheKbHolderOnThatDay() {
        Doc doc = new Doc(Article.of("test", "Emmanuel Macron s'est rendu à Lille puis à Tourcoing. "
                + "Le chef de l'État a promis des aides.").withPublished("2024-03-05"));
        doc.put(Layers.LANGUAGE, new LanguageGuess("fr", 1.0));
        doc.put(Layers.BOILERPLATE, List.of());
        new Segmenter().annotate(doc);
        EntityDocs.ANNOTATOR.annotate(doc);
        Entity president = named(doc.expect(Layers.ENTITIES), "Emmanuel Macron");
        assertThat(roles(president)).containsExactly("Le chef de l'État");
    }
}
