package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePacks;

/**
 * Property: a number written any way a newspaper writes it (digit groups separated by a space, a no-break space, a
 * thin space, a comma or a dot; decimals with a scale word; number words) reads as the same value in every language.
 */
class NumbersWrittenEveryWayTest {
    private static final List<String> LANGUAGES = List.of("en", "fr", "ru");

    /** Reads the first amount of a text. */
    static Amount readFirst(String lang, String text) {
        FigureVocabulary v = FigureVocabulary.of(LanguagePacks.expect(lang));
        List<Tok> toks = v.reader.read(Docs.segmented(lang, text).expect(Layers.WORDS), 0, text.length());
        AmountReader reader = new AmountReader(v);
        for (int i = 0; i < toks.size(); i++) {
            Amount a = reader.read(toks, i, toks.size());
            if (a != null) return a;
        }
        return null;
    }

    static Stream<Arguments> groupedNumbers() {
        Random random = new Random(20220115);
        List<Arguments> cases = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            int value = n < 10 ? new int[] {1000, 4578, 20000, 1300, 999999, 100000, 2265, 1000000, 3393, 12000}[n]
                    : 1000 + random.nextInt(5_000_000);
            for (String separator : List.of(" ", "\u00a0", "\u202f", "\u2009", ",", ".")) {
                for (String lang : LANGUAGES) cases.add(Arguments.of(lang, group(value, separator), value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("groupedNumbers")
    void groupedDigitsReadAsOneNumber(String lang, String written, int value) {
        Amount a = readFirst(lang, "Hier, " + written + " personnes.");
        assertThat(a).isNotNull();
        assertThat(a.value()).isEqualTo(value);
    }

    static Stream<Arguments> scaledNumbers() {
        return Stream.of(
                Arguments.of("ru", "4,5 тыс. человек", 4500),
                Arguments.of("ru", "около 20 тысяч человек", 20000),
                Arguments.of("ru", "1,2 млн человек", 1_200_000),
                Arguments.of("ru", "две тысячи человек", 2000),
                Arguments.of("ru", "более тысячи человек", 1000),
                Arguments.of("ru", "4 500 человек", 4500),
                Arguments.of("en", "1.5 million people", 1_500_000),
                Arguments.of("en", "4.5 thousand people", 4500),
                Arguments.of("en", "4,500 people", 4500),
                Arguments.of("en", "two million people", 2_000_000),
                Arguments.of("en", "a million people", 1_000_000),
                Arguments.of("en", "four thousand five hundred people", 4500),
                Arguments.of("fr", "2 millions de personnes", 2_000_000),
                Arguments.of("fr", "1,5 million de personnes", 1_500_000),
                Arguments.of("fr", "4,5 mille personnes", 4500),
                Arguments.of("fr", "quatre mille cinq cents personnes", 4500),
                Arguments.of("fr", "4.500 personnes", 4500),
                Arguments.of("fr", "4 500 personnes", 4500));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("scaledNumbers")
    void scaledAndSpelledNumbersReadAsTheirValue(String lang, String written, int value) {
        assertThat(readFirst(lang, written).value()).isEqualTo(value);
    }

    static Stream<Arguments> numberWords() {
        return Stream.of(
                Arguments.of("fr", "deux", 2), Arguments.of("fr", "vingt-cinq", 25), Arguments.of("fr", "soixante et onze", 71),
                Arguments.of("fr", "quatre-vingt-dix-neuf", 99), Arguments.of("fr", "deux cents", 200),
                Arguments.of("fr", "trois mille", 3000), Arguments.of("fr", "cent vingt", 120),
                Arguments.of("en", "two", 2), Arguments.of("en", "twenty-five", 25), Arguments.of("en", "a dozen", 12),
                Arguments.of("en", "two hundred and five", 205), Arguments.of("en", "Sixteen", 16),
                Arguments.of("ru", "двоих", 2), Arguments.of("ru", "пятерых", 5), Arguments.of("ru", "двадцать пять", 25),
                Arguments.of("ru", "сто двадцать три", 123), Arguments.of("ru", "девять", 9),
                Arguments.of("ru", "трёх", 3));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("numberWords")
    void numberWordsReadAsTheirValue(String lang, String written, int value) {
        assertThat(readFirst(lang, written + " ").value()).isEqualTo(value);
    }

    static Stream<Arguments> sameValueEveryWay() {
        return Stream.of(
                Arguments.of("en", List.of("25", "twenty-five", "twenty five")),
                Arguments.of("fr", List.of("25", "vingt-cinq", "vingt cinq")),
                Arguments.of("ru", List.of("25", "двадцать пять", "двадцати пяти")),
                Arguments.of("en", List.of("2000", "2,000", "2 000", "two thousand", "2 thousand")),
                Arguments.of("fr", List.of("2000", "2 000", "2.000", "deux mille", "2 mille")),
                Arguments.of("ru", List.of("2000", "2 000", "две тысячи", "2 тысячи", "2 тыс.")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sameValueEveryWay")
    void everySpellingOfANumberHasOneValue(String lang, List<String> spellings) {
        for (String s : spellings) {
            assertThat(readFirst(lang, s + " ").value()).as(s).isEqualTo(readFirst(lang, spellings.get(0) + " ").value());
        }
    }

    private static String group(int value, String separator) {
        String digits = Integer.toString(value);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) b.append(separator);
            b.append(digits.charAt(i));
        }
        return b.toString();
    }
}
