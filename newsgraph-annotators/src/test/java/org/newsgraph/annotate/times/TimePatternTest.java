package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;

class TimePatternTest {

    @Test
    void readsOptionalGluedContextAndAlternatives() {
        TimePattern p = TimePattern.parse("t", "[en|dans] DAY +h? MONTH|YEAR");
        assertThat(p.elements()).hasSize(4);
        assertThat(p.elements().get(0).context()).isTrue();
        assertThat(p.elements().get(2).glued()).isTrue();
        assertThat(p.elements().get(2).optional()).isTrue();
        assertThat(p.elements().get(3).alternatives()).containsExactly("MONTH", "YEAR");
        assertThat(p.starts()).containsExactly("DAY");
    }

    @Test
    void aPatternOfOnlyContextOrOptionalElementsIsRejected() {
        assertThatThrownBy(() -> TimePattern.parse("empty", "[en] MONTH?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }

    @Test
    void aLiteralOfSeveralTokensIsRejectedWithAHint() {
        assertThatThrownBy(() -> TimePattern.parse("until", "[jusqu'à] DAY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("until").hasMessageContaining("own element");
    }

    @Test
    void aVocabularyValueThatIsNotANumberFailsAtLoadNamingTheRow() {
        Lexicon words = Lexicon.of("xx/times-words", List.of(List.of("janvier", "MONTH", "one")));
        Lexicon patterns = Lexicon.of("xx/times-patterns", List.of(List.of("month", "MONTH")));
        assertThatThrownBy(() -> new TimeGrammar(words, patterns))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("janvier").hasMessageContaining("one");
    }

    @Test
    void theLongestMatchWinsAndMatchesDoNotCrossParagraphs() {
        Lexicon words = Lexicon.of("xx/times-words", List.of(List.of("mai", "MONTH", "5")));
        Lexicon patterns = Lexicon.of("xx/times-patterns", List.of(
                List.of("month", "MONTH"), List.of("date", "DAY MONTH YEAR?")));
        TimeGrammar g = new TimeGrammar(words, patterns);
        String text = "le 3 mai 2021 puis 4\n\nmai";
        List<TimeMatch> m = g.scan(TimeTokenizer.tokenize(text, 0, text.length())).matches();
        assertThat(m).extracting(x -> text.substring(x.start(), x.end())).containsExactly("3 mai 2021", "mai");
    }
}
