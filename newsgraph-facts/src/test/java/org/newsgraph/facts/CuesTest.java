package org.newsgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;

class CuesTest {

    private static Cues cues(String... rows) {
        return Cues.of(Lexicon.of("test", java.util.Arrays.stream(rows).map(r -> List.of(r.split("\t"))).toList()));
    }

    @Test
    void aStarredWordMatchesTheWordsItBegins() {
        Cues c = cues("опроверг*");
        assertThat(c.find("Власти опровергли эти данные.")).isPresent();
        assertThat(c.find("Власти подтвердили эти данные.")).isEmpty();
    }

    @Test
    void aPlainWordMatchesOnlyTheWholeWord() {
        Cues c = cues("withdrawn\tsentence");
        assertThat(c.find("The convoy began to withdraw on Monday.")).isEmpty();
        assertThat(c.find("The figure was withdrawn hours later.")).hasValueSatisfying(m -> assertThat(m.near()).isFalse());
    }

    @Test
    void phrasesMatchAcrossInflectionsAndDiacritics() {
        Cues c = cues("техническ* ошибк*", "erreur* technique*");
        assertThat(c.find("Ведомство назвало эти сведения технической ошибкой.")).isPresent();
        assertThat(c.find("Il s'agissait d'une ERREUR TECHNIQUE, selon le ministère.")).isPresent();
        assertThat(c.find("Une erreur de calcul technique.")).isEmpty();
    }

    @Test
    void apostrophesSplitWordsInCuesAsInText() {
        Cues c = cues("jusqu'ici");
        assertThat(c.find("Le bilan s'établissait jusqu’ici à douze morts.")).isPresent();
    }

    @Test
    void noCuesFindNothing() {
        assertThat(Cues.none().find("retracted")).isEmpty();
    }
}
