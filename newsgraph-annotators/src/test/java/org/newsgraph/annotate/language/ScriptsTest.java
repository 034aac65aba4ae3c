package org.newsgraph.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptsTest {

    @Test
    void answersLikeTheJdkInsideAndBeyondItsTable() {
        for (char c = 0; c < 0x3100; c++) {
            assertThat(Scripts.of(c)).as("U+%04X", (int) c).isEqualTo(Character.UnicodeScript.of(c));
        }
    }

    @Test
    void tellsLatinFromCyrillicLetters() {
        assertThat(Scripts.of('é')).isEqualTo(Character.UnicodeScript.LATIN);
        assertThat(Scripts.of('ж')).isEqualTo(Character.UnicodeScript.CYRILLIC);
        assertThat(Scripts.of('ё')).isEqualTo(Character.UnicodeScript.CYRILLIC);
        assertThat(Scripts.of('7')).isEqualTo(Character.UnicodeScript.COMMON);
    }
}
