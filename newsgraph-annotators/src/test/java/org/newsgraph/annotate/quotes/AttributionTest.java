package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.model.Attribution;
import org.newsgraph.core.model.EntityType;

class AttributionTest {

    @Test
    void selonCreditsTheSentenceAndIsNotAQuote() {
        String text = "Il pleut depuis lundi. Selon la préfecture, 40 personnes ont été évacuées dans la nuit.";
        Doc doc = QuoteDocs.of("fr", text).entity("e1", EntityType.ORGANIZATION, "préfecture", "préfecture").annotate();
        assertThat(doc.expect(Layers.QUOTES)).isEmpty();
        List<Attribution> a = doc.expect(Layers.ATTRIBUTIONS);
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.source().entity()).contains("e1");
            assertThat(text.substring(x.scopeStart(), x.scopeEnd())).startsWith("Selon la préfecture").endsWith("nuit.");
        });
    }

    @Test
    void accordingToAtTheEndCreditsItsSentence() {
        String text = "At least 12 people were injured, according to the Red Cross.";
        List<Attribution> a = QuoteDocs.of("en", text).annotate().expect(Layers.ATTRIBUTIONS);
        assertThat(a).singleElement().satisfies(x -> {
            assertThat(x.source().text()).contains("Red Cross");
            assertThat(x.scopeStart()).isZero();
        });
    }

    @Test
    void poDannymIsASource() {
        String text = "По данным МЧС, из зоны подтопления эвакуированы 300 человек.";
        Doc doc = QuoteDocs.of("ru", text).annotate();
        assertThat(doc.expect(Layers.QUOTES)).isEmpty();
        assertThat(doc.expect(Layers.ATTRIBUTIONS)).singleElement()
                .satisfies(x -> assertThat(x.source().text()).contains("МЧС"));
    }

    @Test
    void aQuoteWithASpeakerIsAlsoAnAttributionOfItsSpan() {
        String text = "Le maire Paul Girard a déclaré que 30 maisons étaient inondées.";
        Doc doc = QuoteDocs.of("fr", text).annotate();
        assertThat(doc.expect(Layers.ATTRIBUTIONS)).singleElement().satisfies(x -> {
            assertThat(text.substring(x.scopeStart(), x.scopeEnd())).isEqualTo("30 maisons étaient inondées");
            assertThat(x.source().text()).contains("Paul Girard");
        });
    }

    @Test
    void directQuoteInASelonSentenceIsCreditedToTheSource() {
        String text = "Selon Marc Lambert, la ville a été frappée par « une tempête d'une violence inouïe ».";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(x -> assertThat(QuoteDocs.speakerText(x)).isEqualTo("Marc Lambert"));
    }
}
