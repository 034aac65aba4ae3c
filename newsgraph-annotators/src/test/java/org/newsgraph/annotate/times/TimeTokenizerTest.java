package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeTokenizerTest {

    @Test
    void clockTimesAndNumericDatesAreCutIntoGluedPieces() {
        List<TimeToken> t = TimeTokenizer.tokenize("à 20h00 le 05.01.2022", 0, 21);
        assertThat(t).extracting(TimeToken::key).containsExactly("a", "20", "h", "00", "le", "05", ".", "01", ".", "2022");
        assertThat(t).extracting(TimeToken::glued).containsExactly(false, false, true, true, false, false, true, true, true, true);
    }

    @Test
    void keysAreFoldedButOffsetsPointIntoTheOriginal() {
        String text = "Début Février’s ВСТРЕЧА, январём";
        List<TimeToken> t = TimeTokenizer.tokenize(text, 0, text.length());
        assertThat(t).extracting(TimeToken::key).containsExactly("debut", "fevrier", "'", "s", "встреча", ",", "январем");
        assertThat(text.substring(t.get(1).start(), t.get(1).end())).isEqualTo("Février");
        assertThat(t.get(0).capitalised()).isTrue();
    }

    @Test
    void aLineBreakIsRemembered() {
        List<TimeToken> t = TimeTokenizer.tokenize("lundi\n\n5 mai", 0, 12);
        assertThat(t).extracting(TimeToken::afterBreak).containsExactly(false, true, false);
    }
}
