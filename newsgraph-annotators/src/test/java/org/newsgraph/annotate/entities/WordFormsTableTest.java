package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTableTest {
    @Test
    void aWordIsFoundByItsCharactersWhereverItIsWritten() {
        WordForms forms = new WordForms(EndingFolder.NONE);
        WordForm first = forms.of("la Compagnie Brunel", 3, 12);
        assertThat(first.text).isEqualTo("Compagnie");
        assertThat(forms.of("Compagnie", 0, 9)).isSameAs(first);
        assertThat(forms.of("Compagnies", 0, 10)).isNotSameAs(first);
        assertThat(forms.of("Compagni", 0, 8)).isNotSameAs(first);
    }

    @Test
    void manyWordsKeepTheirFormsAsTheTableGrows() {
        WordForms forms = new WordForms(EndingFolder.NONE);
        List<WordForm> made = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) made.add(forms.of("Brunel" + i, 0, ("Brunel" + i).length()));
        for (int i = 0; i < 20_000; i++) {
            String w = "x Brunel" + i;
            assertThat(forms.of(w, 2, w.length())).isSameAs(made.get(i));
        }
    }

    @Test
    void pastItsLimitTheTableStartsAfreshAndStillAnswers() {
        WordForms forms = new WordForms(EndingFolder.NONE);
        WordForm early = forms.of("Brunel", 0, 6);
        for (int i = 0; i <= WordForms.MAX_FORMS; i++) forms.of("w" + i, 0, ("w" + i).length());
        WordForm again = forms.of("Brunel", 0, 6);
        assertThat(again).isNotSameAs(early);
        assertThat(again.text).isEqualTo("Brunel");
        assertThat(again.key).isEqualTo(early.key);
    }
}
