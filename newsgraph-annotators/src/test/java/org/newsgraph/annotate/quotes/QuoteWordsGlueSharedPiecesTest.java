package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.segment.Segmenter;
import org.newsgraph.core.Article;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.LanguageGuess;

/** The speech reader's words are the shared layer's pieces glued back; elided words come from the pack's data. */
class QuoteWordsGlueSharedPiecesTest {

    private static List<String> words(String lang, String text) {
        Doc doc = new Doc(Article.of("t", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess(lang, 1.0));
        doc.put(Layers.BOILERPLATE, List.of());
        new Segmenter().annotate(doc);
        QuoteWords w = SpeechLexicon.of(LanguagePacks.expect(lang)).words(doc.expect(Layers.WORDS));
        return w.scan(0, text.length()).stream().map(Word::norm).toList();
    }

    @Test
    void anElidedWordBeforeALowerCaseWordStandsAloneWithItsApostrophe() {
        assertThat(words("fr", "Il a précisé qu’aujourd’hui l'armée de l'État était prête."))
                .containsExactly("il", "a", "précisé", "qu'", "aujourd'hui", "l'", "armée", "de", "l'état", "était",
                        "prête");
    }

    @Test
    void hyphensApostrophesAndDigitGroupsStayInsideTheWord() {
        assertThat(words("en", "The mayor's twenty-two aides counted 20.000 or 4,5 people, see https://example.org/x."))
                .containsExactly("the", "mayor's", "twenty-two", "aides", "counted", "20.000", "or", "4,5", "people",
                        "see");
    }

    @Test
    void aLanguageWithoutElisionsKeepsTheApostropheInside() {
        assertThat(words("en", "I'm sure")).containsExactly("i'm", "sure");
    }

    @Test
    void wordsAreFoldedByThePacksRules() {
        assertThat(words("ru", "Всё ещё")).containsExactly("все", "еще");
    }

    @Test
    void aWindowCutsTheWordsAtItsBounds() {
        String text = "Le gouvernement a déclaré";
        Doc doc = new Doc(Article.of("t", text));
        doc.put(Layers.LANGUAGE, new LanguageGuess("fr", 1.0));
        doc.put(Layers.BOILERPLATE, List.of());
        new Segmenter().annotate(doc);
        QuoteWords w = SpeechLexicon.of(LanguagePacks.expect("fr")).words(doc.expect(Layers.WORDS));
        assertThat(w.scan(5, 12).stream().map(Word::norm).toList()).containsExactly("uvernem");
    }
}
