package org.newsgraph.annotate.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.Span;
import org.newsgraph.core.Token;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.text.Words;

class SegmenterWordsTest {
    private static final Segmenter SEGMENTER = new Segmenter();

    private static Doc segmented(String lang, String text, List<Span> boilerplate) {
        Doc doc = new Doc(Article.of("t", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1.0));
        doc.put(Layers.BOILERPLATE, boilerplate);
        SEGMENTER.annotate(doc);
        return doc;
    }

    private static List<String> norms(Words w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) out.add(w.norm(i));
        return out;
    }

    @Test
    void wordPiecesCarryTheSentenceOfTheSegmenter() {
        Doc doc = segmented("fr", "Le maire l’a dit. Selon lui, 4 578 personnes sont venues.", List.of());
        Words w = doc.expect(Layers.WORDS);
        assertThat(norms(w)).containsSubsequence("l", "'", "a", "dit", ".", "selon");
        int selon = norms(w).indexOf("selon");
        assertThat(w.sentence(selon - 1)).isZero();
        assertThat(w.sentence(selon)).isEqualTo(1);
        int four = norms(w).indexOf("4");
        assertThat(w.token(four + 1)).as("4 578 is one segmenter token").isEqualTo(w.token(four));
        assertThat(w.kind(four)).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void everyTokenIsCoveredByItsPiecesAndPiecesStayInsideTokens() {
        String text = "Kazakhstan's president didn't speak at 20h00 on 05.01.2022 — «quatre-vingt» U.S. troops.";
        Doc doc = segmented("en", text, List.of());
        Words w = doc.expect(Layers.WORDS);
        List<Token> tokens = doc.expect(Layers.TOKENS);
        for (int i = 0; i < w.size(); i++) {
            Token t = tokens.get(w.token(i));
            assertThat(t.start()).isLessThanOrEqualTo(w.start(i));
            assertThat(t.end()).isGreaterThanOrEqualTo(w.end(i));
        }
        assertThat(w.norm(w.size() - 1)).isEqualTo(".");
        assertThat(w.token(w.size() - 1)).isEqualTo(tokens.size() - 1);
    }

    @Test
    void russianFoldingComesFromThePackAndBoilerplateIsSkippedAsAParagraphBreak() {
        String text = "Ещё двое погибли. Подпишитесь на канал. Всё спокойно.";
        int ad = text.indexOf("Подпишитесь");
        int adEnd = text.indexOf("Всё");
        Doc doc = segmented("ru", text, List.of(new Span(ad, adEnd, "boilerplate")));
        Words w = doc.expect(Layers.WORDS);
        assertThat(norms(w)).startsWith("еще", "двое").doesNotContain("подпишитесь").contains("все");
        int all = norms(w).indexOf("все");
        assertThat(w.paragraph(all)).isEqualTo(w.paragraph(0) + 1);
    }
}
