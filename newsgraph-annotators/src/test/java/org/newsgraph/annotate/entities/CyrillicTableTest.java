package org.newsgraph.annotate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class CyrillicTableTest {

    @Test
    void russianLettersFoldLikeIcuBgnTransliteration() {
        Transliterator bgn = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII; Lower");
        for (char c : "абвгдеёжзийклмнопрстуфхцчшщыэюя".toCharArray()) {
            String icu = bgn.transliterate("а" + c).substring(1).replaceAll("[^a-z]", "");
            assertThat(NameKeys.fold("a" + CyrillicTable.LOWER[c - 0x400]))
                    .as("letter %s", c).isEqualTo(NameKeys.fold("a" + icu));
        }
    }

    @Test
    void romanisesNamesTheWayEnglishNewsWritesThem() {
        assertThat(CyrillicTable.romanise("Токаев")).isEqualTo("Tokayev");
        assertThat(CyrillicTable.romanise("Берик Уали")).isEqualTo("Berik Uali");
        assertThat(CyrillicTable.romanise("Елена Шевченко")).isEqualTo("Yelena Shevchenko");
    }

    @Test
    void signsVanish() {
        assertThat(CyrillicTable.romanise("Подъячев")).isEqualTo("Podyachev");
    }
}
