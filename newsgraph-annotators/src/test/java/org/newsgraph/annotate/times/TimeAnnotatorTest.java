package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
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
    void aLanguageWithoutTimeRulesYieldsAnEmptyLayer() {
        Doc doc = TimeDocs.doc("xx", "2023-03-18", "Ein Text am 5. Mai.");
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
