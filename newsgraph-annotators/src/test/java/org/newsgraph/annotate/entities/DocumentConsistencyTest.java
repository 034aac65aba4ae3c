package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;
import static org.newsgraph.annotate.entities.EntityDocs.names;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class DocumentConsistencyTest {

    @Test
    void aNameOpeningASentenceCountsWhenTheArticleNamesItElsewhere() {
        List<Entity> en = entities("en", "Officials met Arman Seitkali on Monday. Seitkali said the talks went well.");
        assertThat(names(named(en, "Arman Seitkali"))).containsExactly("Arman Seitkali", "Seitkali");
    }

    @Test
    void anUnknownCapitalisedWordOpeningASentenceIsNotANameOnItsOwn() {
        List<Entity> en = entities("en", "Protesters gathered downtown. Witnesses saw smoke.");
        assertThat(en).isEmpty();
    }

    @Test
    void oneNameKeepsOneTypeThroughTheArticle() {
        List<Entity> en = entities("en", "Minister Bolat Nurlanov spoke first. Later, Nurlanov and Bolat Nurlanov's aides left.");
        assertThat(en).filteredOn(e -> e.type() == EntityType.PERSON).hasSize(1);
    }

    @Test
    void boilerplateYieldsNoEntities() {
        String text = "Tokayev spoke in Almaty.\n\nJoin Example News on Facebook and Telegram.";
        int footer = text.indexOf("Join");
        List<Entity> en = entities("en", text, List.of(new Span(footer, text.length(), "footer")));
        assertThat(en).extracting(Entity::name).containsExactlyInAnyOrder("Kassym-Jomart Tokayev", "Almaty");
    }
}
