package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/** A French article written with a capital inside a sentence is part of the place name it opens. */
class ArticlesOpeningPlaceNamesTest {
    @Test
    void anElidedCapitalisedArticleBelongsToThePlace() {
        List<Entity> fr = entities("fr", "Les pompiers sont intervenus à L'Île-Verte mardi soir.");
        Entity e = named(fr, "L'Île-Verte");
        assertThat(e.type()).isEqualTo(EntityType.LOCATION);
        assertThat(e.name()).isEqualTo("L'Île-Verte");
    }

    @Test
    void aCapitalisedArticleWordBelongsToThePlace() {
        List<Entity> fr = entities("fr", "Ils ont manifesté à La Haute Varenne mardi. Les pompiers sont restés dans "
                + "la Haute Varenne.");
        Entity e = named(fr, "La Haute Varenne");
        assertThat(e.type()).isEqualTo(EntityType.LOCATION);
        assertThat(named(fr, "Haute Varenne")).isSameAs(e);
    }

    @Test
    void aLowerCaseArticleStaysOutside() {
        List<Entity> fr = entities("fr", "Le cortège a traversé la Bretagne et l'Anjou.");
        assertThat(fr).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().startsWith("la ")
                || m.text().startsWith("l'")));
    }
}
