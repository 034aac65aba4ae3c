package org.newsgraph.annotate.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordsLookupTest {
    private static long lookUp(FunctionWords table, String word) {
        char[] chars = word.toCharArray();
        int hash = 0;
        for (char c : chars) hash = FunctionWords.next(hash, c);
        return table.profiles(chars, chars.length, hash);
    }

    @Test
    void aWordReadLetterByLetterGivesTheBitsOfTheProfilesHoldingIt() {
        Map<String, Long> words = new HashMap<>();
        words.put("the", 1L);
        words.put("de", 2L | 4L);
        words.put("и", 8L);
        FunctionWords table = new FunctionWords(words);
        assertThat(lookUp(table, "the")).isEqualTo(1L);
        assertThat(lookUp(table, "de")).isEqualTo(6L);
        assertThat(lookUp(table, "и")).isEqualTo(8L);
        assertThat(lookUp(table, "th")).isZero();
        assertThat(lookUp(table, "then")).isZero();
        assertThat(lookUp(table, "harbour")).isZero();
    }

    @Test
    void onlyThePartOfTheBufferTheWordFillsIsRead() {
        FunctionWords table = new FunctionWords(Map.of("le", 1L, "les", 2L));
        char[] buffer = {'l', 'e', 's', 'x'};
        int hash = FunctionWords.next(FunctionWords.next(0, 'l'), 'e');
        assertThat(table.profiles(buffer, 2, hash)).isEqualTo(1L);
        assertThat(table.profiles(buffer, 3, FunctionWords.next(hash, 's'))).isEqualTo(2L);
    }

    @Test
    void manyWordsAllStayFindable() {
        Map<String, Long> words = new HashMap<>();
        for (int i = 0; i < 3000; i++) words.put("w" + i, 1L << (i % 64));
        FunctionWords table = new FunctionWords(words);
        for (int i = 0; i < 3000; i++) assertThat(lookUp(table, "w" + i)).isEqualTo(1L << (i % 64));
        assertThat(new FunctionWords(Map.of()).profiles(new char[0], 0, 0)).isZero();
    }
}
