package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.entities.EntityDocs.entities;
import static org.newsgraph.annotate.entities.EntityDocs.named;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;

class LongOfficialNamesTest {
    @Test
    void aFrenchNameGoesOnOverItsAdjectiveAndLowerCaseComplement() {
        List<Entity> fr = entities("fr", "Hier, l'Office national des forêts a fermé le massif aux promeneurs.");
        assertThat(named(fr, "Office national des forêts").type()).isEqualTo(EntityType.ORGANIZATION);
        List<Entity> football = entities("fr", "La Fédération française de football a reporté trois matchs.");
        assertThat(named(football, "Fédération française de football")).isNotNull();
    }

    @Test
    void lowerCaseComplementsEndOnACapitalisedWordWithoutAnAdjective() {
        List<Entity> fr = entities("fr",
                "Mardi, la Fédération des sociétés de la Rose-Blanche et du Trèfle-Vert a lancé un appel aux dons.");
        assertThat(named(fr, "Fédération des sociétés de la Rose-Blanche et du Trèfle-Vert").type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void aLowerCaseComplementWithoutAnAdjectiveIsNoName() {
        List<Entity> fr = entities("fr", "Le Comité de soutien aux familles a tenu une réunion mardi.");
        assertThat(fr).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains("soutien")));
    }

    @Test
    void aMinistryGoesOnOverAConjunctionAndAnotherComplement() {
        List<Entity> fr = entities("fr", "Le ministère de l'Agriculture et de la Forêt a chiffré les pertes.");
        assertThat(named(fr, "ministère de l'Agriculture et de la Forêt").type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void anArticleAfterTheConjunctionStartsAnotherBody() {
        List<Entity> fr = entities("fr", "La Commission européenne et le Parlement européen ont réagi jeudi.");
        assertThat(fr).noneMatch(e -> e.mentions().stream().anyMatch(m -> m.text().contains(" et ")));
    }

    @Test
    void aVerbEndsTheName() {
        List<Entity> fr = entities("fr", "L'Agence nationale de sécurité sanitaire recommande de bouillir l'eau.");
        assertThat(named(fr, "Agence nationale de sécurité sanitaire")).isNotNull();
    }

    @Test
    void aLineBrokenHyphenStaysInsideTheNameAndLeavesTheCanonicalName() {
        List<Entity> fr = entities("fr", "La Fédération nationale des Pompiers- Volontaires a envoyé des renforts.");
        Entity e = named(fr, "Fédération nationale des Pompiers- Volontaires");
        assertThat(e).isNotNull();
        assertThat(e.name()).isEqualTo("Fédération nationale des Pompiers-Volontaires");
    }

    @Test
    void anEnglishNameInTitleCaseKeepsItsCapitalisedConnector() {
        List<Entity> en = entities("en", "The Global Fund Against Hunger called for a ceasefire.");
        assertThat(named(en, "Global Fund Against Hunger").type()).isEqualTo(EntityType.ORGANIZATION);
    }
}
