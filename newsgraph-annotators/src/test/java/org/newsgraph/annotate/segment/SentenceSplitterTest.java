package org.newsgraph.annotate.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final Tokenizer tokenizer = new Tokenizer(Set.of("l", "d"), Set.of());

    private List<String> sentences(String text, Set<String> abbreviations) {
        SentenceSplitter splitter = new SentenceSplitter(abbreviations);
        return splitter.split(text, tokenizer.tokenize(text, 0, text.length())).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtTerminatorsFollowedByCapitals() {
        assertThat(sentences("Il pleut. Le vent souffle! Qui sait? 300 maisons sont inondées.", Set.of()))
                .containsExactly("Il pleut.", "Le vent souffle!", "Qui sait?", "300 maisons sont inondées.");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        assertThat(sentences("M. Dupont a rencontré K. Tokaïev hier. Ils ont parlé.", Set.of("m")))
                .containsExactly("M. Dupont a rencontré K. Tokaïev hier.", "Ils ont parlé.");
    }

    @Test
    void quoteEndingWithPeriodAndFollowedByAttributionStaysOneSentence() {
        assertThat(sentences("« Nous avons gagné. » , a déclaré le ministre. Puis il est parti.", Set.of()))
                .containsExactly("« Nous avons gagné. » , a déclaré le ministre.", "Puis il est parti.");
    }

    @Test
    void closingQuoteAfterTerminatorBelongsToTheSentence() {
        assertThat(sentences("He said: “We won.” Then he left.", Set.of()))
                .containsExactly("He said: “We won.”", "Then he left.");
    }

    @Test
    void lineBreaksAlwaysEndSentences() {
        assertThat(sentences("Un titre sans point\n\nLe corps commence ici", Set.of()))
                .containsExactly("Un titre sans point", "Le corps commence ici");
    }

    @Test
    void russianAbbreviationKeepsTheSentence() {
        Tokenizer ru = new Tokenizer(Set.of(), Set.of());
        SentenceSplitter splitter = new SentenceSplitter(Set.of("тыс"));
        String text = "Пострадали 4,5 тыс. Человек на улицах не было. Власти молчат.";
        assertThat(splitter.split(text, ru.tokenize(text, 0, text.length()))).hasSize(2);
    }
}
