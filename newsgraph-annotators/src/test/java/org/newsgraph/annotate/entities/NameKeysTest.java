package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    private static final EndingFolder RU = EndingFolder.of(List.of("ами", "ого", "ой", "ая", "ия", "ии", "ию", "а", "е", "ы", "у", "и", "ь"));

    private static String key(String s) {
        return NameKeys.key(s, RU);
    }

    @Test
    void spellingsDiacriticsAndScriptsOfOneSurnameShareAKey() {
        assertThat(List.of("Tokayev", "Tokaev", "Tokaïev", "Токаев", "Токаева", "TOKAYEV"))
                .extracting(NameKeysTest::key).containsOnly(key("Tokayev"));
    }

    @Test
    void transliterationsOfAGivenNameShareAKey() {
        assertThat(key("Kassym-Zhomart")).isEqualTo(key("Kassym-Jomart")).isEqualTo(key("Касым-Жомарт"));
    }

    @Test
    void frenchSpellingsOfSlavicNamesMeetTheEnglishOnes() {
        assertThat(key("Marioupol")).isEqualTo(key("Mariupol"));
        assertThat(key("Poutine")).isEqualTo(key("Putin"));
    }

    @Test
    void caseFormsOfAPlaceShareAKey() {
        assertThat(key("Казахстане")).isEqualTo(key("Казахстана")).isEqualTo(key("Казахстан")).isEqualTo(key("Kazakhstan"));
        assertThat(key("Алма-Ате")).isEqualTo(key("Алма-Аты")).isEqualTo(key("Алма-Ата"));
    }

    @Test
    void differentNamesKeepDifferentKeys() {
        assertThat(key("Moscow")).isNotEqualTo(key("Minsk"));
        assertThat(key("Tokayev")).isNotEqualTo(key("Nazarbayev"));
    }

    @Test
    void wordsSplitOnHyphensAndSpaces() {
        assertThat(NameKeys.words("Kassym-Jomart  Tokayev")).containsExactly("Kassym", "Jomart", "Tokayev");
        assertThat(key("Alma-Ata")).isEqualTo(key("Alma Ata"));
    }
}
