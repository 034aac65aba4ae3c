package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.TimeExpression;

class TimeAnnotatorTest {

    @Test
    void declaresItsLayers() {
        assertThat(TimeDocs.ANNOTATOR.requires()).contains(Layers.LANGUAGE, Layers.SENTENCES, Layers.BOILERPLATE);
        assertThat(TimeDocs.ANNOTATOR.produces()).containsExactly(Layers.TIMES);
    }

    @Test
    void nothingInsideBoilerplate() {
        String body = "Le pont a rouvert mardi.\nAbonnez-vous avant le 31 mars !";
        Doc doc = TimeDocs.doc("fr", "2023-03-18", body, Span.of(body.indexOf("Abonnez"), body.length()));
        TimeDocs.ANNOTATOR.annotate(doc);
        assertThat(doc.expect(Layers.TIMES)).extracting(TimeExpression::text).containsExactly("mardi");
    }

    @Test
    void locationsOfASingleZoneCountryLendTheirZoneToClockTimes() {
        String body = "La foule s'est dispersée à 21h30 à Lodz. La Pologne compte ses blessés à Lodz.";
        Doc doc = TimeDocs.doc("fr", "2023-07-01", body);
        doc.put(Layers.ENTITIES, List.of(place("Lodz", "PL", body, "Lodz"), place("Poland", "PL", body, "Pologne")));
        TimeDocs.ANNOTATOR.annotate(doc);
        assertThat(doc.expect(Layers.TIMES)).extracting(TimeDocs::value).containsExactly("2023-07-01T21:30+02:00");
    }

    @Test
    void aCountryWhoseZonesDisagreeLendsNone() {
        String body = "Les urnes ferment à 20h00 aux États-Unis. Les États-Unis votent.";
        Doc doc = TimeDocs.doc("fr", "2023-07-01", body);
        doc.put(Layers.ENTITIES, List.of(place("United States", "US", body, "États-Unis")));
        TimeDocs.ANNOTATOR.annotate(doc);
        assertThat(doc.expect(Layers.TIMES)).extracting(TimeDocs::value).containsExactly("2023-07-01T20:00");
    }

    private static Entity place(String name, String country, String body, String surface) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int i = body.indexOf(surface); i >= 0; i = body.indexOf(surface, i + 1)) {
            mentions.add(new Mention(surface, i, i + surface.length(), Mention.Kind.NAME));
        }
        return new Entity("e-" + name, EntityType.LOCATION, name, Optional.empty(), Optional.of(country),
                Optional.empty(), Optional.empty(), mentions);
    }

    @Test
    void aLanguageWithoutTimeRulesYieldsAnEmptyLayer() {
        Doc doc = TimeDocs.doc("zz", "2023-03-18", "Ein Text am 5. Mai.");
        TimeDocs.ANNOTATOR.annotate(doc);
        assertThat(doc.expect(Layers.TIMES)).isEmpty();
    }

    @Test
    void randomTextSurvivesWithOrderedInBoundsExpressions() {
        String alphabet = "ab1234567890 :.,/-+h()'\nlundimarsjanvierMay p.m. 20h00 UTC+3 вчера января ";
        Random random = new Random(42);
        for (String lang : List.of("fr", "en", "ru")) {
            for (int round = 0; round < 30; round++) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 2000; i++) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                String text = b.toString();
                Doc doc = TimeDocs.doc(lang, "2023-03-18", text);
                TimeDocs.ANNOTATOR.annotate(doc);
                int previousEnd = 0;
                for (TimeExpression t : doc.expect(Layers.TIMES)) {
                    assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
                    assertThat(t.end()).isLessThanOrEqualTo(text.length());
                    assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
                    previousEnd = t.end();
                }
            }
        }
    }

    @Test
    void longRepetitiveTextIsCappedNotStuck() {
        String text = "le 1er janvier 2020, ".repeat(5000) + "1:".repeat(20000);
        Doc doc = TimeDocs.doc("fr", "2023-03-18", text);
        TimeDocs.ANNOTATOR.annotate(doc);
        assertThat(doc.expect(Layers.TIMES)).hasSizeLessThanOrEqualTo(2000).isNotEmpty();
    }
}
