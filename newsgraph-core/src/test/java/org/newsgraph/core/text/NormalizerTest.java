package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.lang.Lexicon;

class NormalizerTest {
    private final Normalizer russian = Normalizer.of(Lexicon.of("ru/folding", List.of(List.of("ё", "е"))));

    @Test
    void lowerCasesAndUnifiesApostrophesDashesAndDoubleQuotes() {
        assertThat(Normalizer.basic().normalize("L’État – «Paris» ʼn")).isEqualTo("l'état - \"paris\" 'n");
    }

    @Test
    void plainLowerCaseAsciiIsReturnedAsItIs() {
        String s = "the minister said";
        assertThat(Normalizer.basic().normalize(s)).isSameAs(s);
    }

    @Test
    void packFoldingRulesApplyAfterLowerCasing() {
        assertThat(russian.normalize("Алёна и ЁЖ")).isEqualTo("алена и еж");
        assertThat(Normalizer.basic().normalize("Алёна")).isEqualTo("алёна");
    }

    @Test
    void normalisesARangeOfALongerText() {
        String s = "Il a dit QU’il";
        assertThat(Normalizer.basic().normalize(s, 9, 13)).isEqualTo("qu'i");
    }

    @Test
    void diacriticsCanBeDroppedForAccentFreeLexicons() {
        assertThat(Normalizer.basic().withoutDiacritics("février")).isEqualTo("fevrier");
        assertThat(Normalizer.basic().withoutDiacritics("май")).isEqualTo("маи");
    }

    @Test
    void aMalformedFoldingRowFailsNamingTheLexicon() {
        assertThatThrownBy(() -> Normalizer.of(Lexicon.of("xx/folding", List.of(List.of("ab", "c")))))
                .hasMessageContaining("xx/folding").hasMessageContaining("one character");
    }
}
