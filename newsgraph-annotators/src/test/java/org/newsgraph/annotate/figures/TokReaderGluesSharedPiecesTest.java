package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePacks;

/** The figures' tokens are the shared token layer's pieces glued into the words the figure lexicons are written in. */
class TokReaderGluesSharedPiecesTest {

    private static List<Tok> read(String lang, String text) {
        FigureVocabulary v = FigureVocabulary.of(LanguagePacks.expect(lang));
        return v.reader.read(Docs.segmented(lang, text).expect(Layers.WORDS), 0, text.length());
    }

    private static List<String> norms(String lang, String text) {
        return read(lang, text).stream().map(Tok::norm).toList();
    }

    @Test
    void innerHyphensJoinNoTokenAndElidedWordsKeepTheirApostrophe() {
        assertThat(norms("fr", "Quatre-vingt-dix blessés à l’hôpital d'Arles."))
                .containsExactly("quatre", "vingt", "dix", "blessés", "à", "l'", "hôpital", "d'", "arles", ".");
    }

    @Test
    void thePossessiveEndingStaysWithItsNoun() {
        assertThat(norms("en", "The Attorney General's office counted 12 arrests."))
                .containsExactly("the", "attorney", "general's", "office", "counted", "12", "arrests", ".");
    }

    @Test
    void digitsAreReadWholeAndGluedLettersMakeOneWord() {
        List<Tok> toks = read("fr", "Les 4 578 manifestants du G7 à 20h00");
        assertThat(toks.get(1).kind()).isEqualTo(Tok.Kind.NUMBER);
        assertThat(toks.get(1).value()).isEqualTo(4578);
        assertThat(toks.get(3).norm()).isEqualTo("du");
        assertThat(toks.get(4).norm()).isEqualTo("g7");
        assertThat(toks.get(4).acronym()).isFalse();
        assertThat(toks.get(6).kind()).isEqualTo(Tok.Kind.NON_COUNT);
        assertThat(toks.get(7).norm()).isEqualTo("h00");
    }

    @Test
    void thePacksFoldingRulesNormaliseWords() {
        assertThat(norms("ru", "Погибли ещё 12 человек")).containsExactly("погибли", "еще", "12", "человек");
    }

    @Test
    void aWordWrittenInCapitalsIsAnAcronym() {
        List<Tok> toks = read("fr", "selon l'ONU");
        assertThat(toks.get(2).norm()).isEqualTo("onu");
        assertThat(toks.get(2).acronym()).isTrue();
        assertThat(toks.get(2).capitalised()).isTrue();
    }
}
