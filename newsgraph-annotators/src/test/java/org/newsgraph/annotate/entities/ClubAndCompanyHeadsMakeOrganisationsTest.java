package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

/**
 * Words that only bodies carry in their names (a club's "Society", an airline's "Airways", "Ligue", "Orchestre") make
 * the unknown name around them an organisation. ("FC" is no head: name keys fold doubled letters, so an acronym such
 * as "FFC" would read as the head alone, which names nothing.)
 */
class ClubAndCompanyHeadsMakeOrganisationsTest {

    @Test
    void aSocietyOrAirlineHeadTypesTheUnknownName() {
        List<Entity> en = entities("en", "On Saturday, the Kelbrook Angling Society met and Dunmere Airways cancelled two flights.");
        assertThat(named(en, "Kelbrook Angling Society")).isNotNull().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(named(en, "Dunmere Airways")).isNotNull().extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aFrenchLeagueOrOrchestraIsABody() {
        List<Entity> fr = entities("fr", "Mardi, l'Orchestre Vérandin a annulé son concert et la Ligue Brévannaise a protesté.");
        assertThat(fr).anyMatch(e -> e.type() == EntityType.ORGANIZATION && EntityDocs.names(e).stream().anyMatch(n -> n.contains("Vérandin")));
        assertThat(fr).anyMatch(e -> e.type() == EntityType.ORGANIZATION && EntityDocs.names(e).stream().anyMatch(n -> n.contains("Brévannaise")));
    }
}
