package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;

class PhraseMatcherTest {
    private final Normalizer ru = Normalizer.of(Lexicon.of("ru/folding", List.of(List.of("ё", "е"))));

    @Test
    void theLongestPhraseStartingAtAPieceWinsWithItsValue() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(Normalizer.basic())
                .add("chef", "head").add("chef de l’État", "head of state").build();
        Words w = Words.of("Le chef de l'État a parlé", Normalizer.basic());
        PhraseMatcher.Match<String> found = m.match(w, 1).orElseThrow();
        assertThat(found.value()).isEqualTo("head of state");
        assertThat(w.surface(found.start(), found.end() - 1)).isEqualTo("chef de l'État");
    }

    @Test
    void aLimitStopsAPhraseFromCrossingIt() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(Normalizer.basic())
                .add("chef", "head").add("chef de l’État", "head of state").build();
        Words w = Words.of("Le chef de l'État", Normalizer.basic());
        assertThat(m.match(w, 1, 3).orElseThrow().value()).isEqualTo("head");
        assertThat(m.match(w, 0)).isEmpty();
    }

    @Test
    void aTrailingStarMatchesEveryWordStartingWithTheStem() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(ru).add("погиб*", "killed").add("ранен*", "injured")
                .add("получили ранения", "injured").build();
        Words w = Words.of("Погибших трое, получили ранения пятеро, ранено ещё двое", ru);
        assertThat(m.match(w, 0).orElseThrow().value()).isEqualTo("killed");
        assertThat(m.match(w, 3).orElseThrow().length()).isEqualTo(2);
        int raneno = 7;
        assertThat(w.norm(raneno)).isEqualTo("ранено");
        assertThat(m.match(w, raneno).orElseThrow().value()).isEqualTo("injured");
    }

    @Test
    void startsWithTellsWhichPiecesMayOpenAPhraseExactOrByStem() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(ru).add("глава государства", "head")
                .add("погиб*", "killed").build();
        assertThat(m.startsWith("глава")).isTrue();
        assertThat(m.startsWith("погибли")).isTrue();
        assertThat(m.startsWith("государства")).isFalse();
        assertThat(m.startsWith("пог")).isFalse();
    }

    @Test
    void manyPhrasesSharingAFirstWordStillGiveTheLongestAndOnATieTheFirstAdded() {
        // more phrases on "près" than a bucket walks before it indexes them by their second word
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(Normalizer.basic())
                .add("près", "near").add("près de", "close to").add("près d'un", "about one")
                .add("près du", "by the").add("près des", "by those").add("près de la", "by the (f)")
                .add("près de la rive", "on the bank").add("près de", "second row, same phrase")
                .add("près de la plage", "by the beach").add("près deux*", "stem second word").build();
        Words w = Words.of("Il vit près de la rive, près de chez lui, près deuxièmement, près d'un lac, près", Normalizer.basic());
        List<Integer> pres = new java.util.ArrayList<>();
        for (int i = 0; i < w.size(); i++) if (w.norm(i).equals("près")) pres.add(i);
        assertThat(pres).hasSize(5);
        assertThat(m.match(w, pres.get(0)).orElseThrow().value()).isEqualTo("on the bank");
        assertThat(m.match(w, pres.get(1)).orElseThrow().value()).isEqualTo("close to");
        assertThat(m.match(w, pres.get(2)).orElseThrow().value()).isEqualTo("stem second word");
        assertThat(m.match(w, pres.get(3)).orElseThrow().value()).isEqualTo("about one");
        assertThat(m.match(w, pres.get(4)).orElseThrow().value()).isEqualTo("near");
        assertThat(m.match(w, 2, 4).orElseThrow().value()).isEqualTo("close to");
    }

    @Test
    void foldedLettersMatchEitherSpelling() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(ru).add("ещё", "more").build();
        assertThat(m.match(Words.of("еще", ru), 0)).isPresent();
    }

    @Test
    void joinersBetweenGluedPiecesAreSkippedOnBothSides() {
        PhraseMatcher<Integer> m = PhraseMatcher.<Integer>builder(Normalizer.basic()).skipJoiners("-")
                .add("quatre vingt", 80).add("twenty-one", 21).build();
        assertThat(m.match(Words.of("quatre-vingt", Normalizer.basic()), 0).orElseThrow().end()).isEqualTo(3);
        assertThat(m.match(Words.of("quatre vingt", Normalizer.basic()), 0)).isPresent();
        assertThat(m.match(Words.of("twenty one", Normalizer.basic()), 0)).isPresent();
        assertThat(m.match(Words.of("quatre - vingt", Normalizer.basic()), 0)).isEmpty();
    }

    @Test
    void anElidedWordClosingAPhraseMatchesAcrossTheApostrophe() {
        PhraseMatcher<String> m = PhraseMatcher.<String>builder(Normalizer.basic()).add("près d'", "approx").build();
        Words w = Words.of("près d’un millier", Normalizer.basic());
        assertThat(m.match(w, 0).orElseThrow().end()).isEqualTo(3);
    }

    @Test
    void lexiconRowsBecomePhrasesWithTheirOtherFieldsAsValues() {
        Lexicon lex = Lexicon.of("en/roles", List.of(List.of("prime minister", "role", "government")));
        PhraseMatcher<List<String>> m = PhraseMatcher.of(lex, Normalizer.basic());
        assertThat(m.match(Words.of("The Prime Minister said", Normalizer.basic()), 1).orElseThrow().value())
                .containsExactly("role", "government");
        assertThat(m.longestPhrase()).isEqualTo(2);
    }

    @Test
    void preCutWordsKeepTheStarConventionAndABuilderBuildsOnce() {
        PhraseMatcher.Builder<String> b = PhraseMatcher.<String>builder(Normalizer.basic())
                .addWords(List.of("près", "d'"), "approx").addWords(List.of("бло*"), "block");
        PhraseMatcher<String> m = b.build();
        PhraseMatcher.Sequence cut = new PhraseMatcher.Sequence() {
            private final String[] words = {"près", "d'", "блокпост"};
            public int size() { return words.length; }
            public String norm(int i) { return words[i]; }
            public boolean spaceBefore(int i) { return true; }
        };
        assertThat(m.match(cut, 0).orElseThrow().end()).isEqualTo(2);
        assertThat(m.match(cut, 2).orElseThrow().value()).isEqualTo("block");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.add("encore", "more"))
                .isInstanceOf(IllegalStateException.class);
    }
}
