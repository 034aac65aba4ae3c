package org.newsgraph.core.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconSpecTest {
    /** A pack whose lexicons are the test resources of this package. */
    static final class TestPack extends ResourceLanguagePack {
        TestPack() {
            super("xt", "Test");
        }
    }

    private static LexiconSpec measures(String name) {
        return LexiconSpec.named(name).column("phrase", LexiconSpec.Type.TEXT)
                .choice("measure", List.of("killed", "injured")).optionalChoice("flag", List.of("weak")).required();
    }

    private final TestPack pack = new TestPack();

    @Test
    void aWellFormedLexiconLoadsWithItsRows() {
        Lexicon lex = pack.lexicon(measures("measures"));
        assertThat(lex.rows()).hasSize(2);
        assertThat(lex.line(1)).isEqualTo(4);
    }

    @Test
    void aRowOutsideTheChoicesFailsWithFileLineAndTheLayout() {
        assertThatThrownBy(() -> pack.lexicon(measures("bad-measures")))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("org/newsgraph/core/lang/bad-measures.tsv:4")
                .hasMessageContaining("column 'measure' is 'deaths', not one of [injured, killed]")
                .hasMessageContaining("phrase TAB measure TAB [flag]");
    }

    @Test
    void aMissingRequiredLexiconFailsNamingThePackAndTheFile() {
        assertThatThrownBy(() -> pack.lexicon(measures("speech-verbs")))
                .isInstanceOf(LexiconException.class)
                .hasMessageContaining("language pack 'xt' (Test) has no lexicon org/newsgraph/core/lang/speech-verbs.tsv")
                .hasMessageContaining("add the file");
    }

    @Test
    void aMissingOptionalLexiconIsEmpty() {
        LexiconSpec elisions = LexiconSpec.named("elisions").column("word", LexiconSpec.Type.TEXT).optional();
        assertThat(pack.lexicon(elisions).isEmpty()).isTrue();
    }

    @Test
    void tooFewOrTooManyColumnsFailNamingTheExpectedCount() {
        LexiconSpec two = LexiconSpec.named("two").column("a", LexiconSpec.Type.TEXT).column("b", LexiconSpec.Type.INTEGER)
                .required();
        Lexicon one = Lexicon.of("xt/two", List.of(List.of("x")));
        assertThatThrownBy(() -> two.check(one, "two.tsv")).hasMessageContaining("two.tsv:1: 1 column(s), expected 2");
        Lexicon word = Lexicon.of("xt/two", List.of(List.of("x", "many")));
        assertThatThrownBy(() -> two.check(word, "two.tsv")).hasMessageContaining("column 'b' is 'many', not a whole number");
    }

    @Test
    void namesAreLowerCaseWordsJoinedByHyphens() {
        assertThatThrownBy(() -> LexiconSpec.named("figure_measures")).hasMessageContaining("write 'figure-measures'");
        assertThatThrownBy(() -> pack.lexicon("times_words")).hasMessageContaining("write 'times-words'");
    }

    @Test
    void anInvalidRegularExpressionIsNamed() {
        LexiconSpec patterns = LexiconSpec.named("footer-patterns").column("pattern", LexiconSpec.Type.REGEX).required();
        assertThatThrownBy(() -> patterns.check(Lexicon.of("xt/footer-patterns", List.of(List.of("(unclosed"))), "f.tsv"))
                .hasMessageContaining("f.tsv:1: column 'pattern' is not a valid regular expression");
    }
}
