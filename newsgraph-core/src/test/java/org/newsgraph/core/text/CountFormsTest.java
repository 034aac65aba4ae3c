package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountFormsTest {
    private static int count(String s) {
        return Words.countForms(s, 0, s.length());
    }

    @Test
    void aWordOrNumberWithWhatIsGluedToItIsOneForm() {
        // Le · porte-parole · a · parlé · de · COVID-19 · et · de · 3km
        assertThat(count("Le porte-parole a parlé de COVID-19 et de 3km.")).isEqualTo(9);
        assertThat(count("пресс-секретарь заявил")).isEqualTo(2);
    }

    @Test
    void signsStandingAloneAreNotForms() {
        assertThat(count("« Oui » , dit-il — 2 %")).isEqualTo(3);
        assertThat(count(" -- ... ")).isZero();
        assertThat(count("")).isZero();
    }

    @Test
    void onlyTheStretchIsReadAndItsFirstPieceStartsAForm() {
        String s = "abc def-ghi jkl";
        assertThat(Words.countForms(s, 5, 11)).isEqualTo(1);     // "ef-ghi"
        assertThat(Words.countForms(s, 7, 15)).isEqualTo(2);     // "-ghi jkl": the hyphen leads nothing
        assertThat(Words.countForms(s, 3, 3)).isZero();
    }

    @Test
    void aHyphenJoinsOnlyWhenGluedOnBothSides() {
        assertThat(count("Paris - Lyon")).isEqualTo(2);
        assertThat(count("Paris -Lyon")).isEqualTo(2);
        assertThat(count("Paris- Lyon")).isEqualTo(2);
        assertThat(count("Paris-Lyon")).isEqualTo(1);
    }
}
