package org.newsgraph.annotate.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Token;

class TokenizerTest {
    private final Tokenizer french = new Tokenizer(Set.of("l", "d", "qu", "jusqu"), Set.of());
    private final Tokenizer english = new Tokenizer(Set.of(), Set.of("s", "t"));

    private static List<String> texts(String text, List<Token> tokens) {
        return tokens.stream().map(t -> text.substring(t.start(), t.end())).toList();
    }

    @Test
    void frenchElisionSplitsAfterTheApostrophe() {
        String s = "Selon l’ONU, jusqu'au port d’Aktau.";
        assertThat(texts(s, french.tokenize(s, 0, s.length())))
                .containsExactly("Selon", "l’", "ONU", ",", "jusqu'", "au", "port", "d’", "Aktau", ".");
    }

    @Test
    void englishPossessiveIsItsOwnToken() {
        String s = "Kazakhstan's president didn't speak.";
        assertThat(texts(s, english.tokenize(s, 0, s.length())))
                .containsExactly("Kazakhstan", "'s", "president", "didn", "'t", "speak", ".");
    }

    @Test
    void numbersKeepSpaceThinSpaceAndNoBreakSpaceGroups() {
        String s = "4 578 blessés, 1\u202F000 morts, 2\u00A0000 000 et 4,5 tys.";
        List<Token> tokens = french.tokenize(s, 0, s.length());
        assertThat(tokens.stream().filter(t -> t.kind() == Token.Kind.NUMBER).map(t -> s.substring(t.start(), t.end())))
                .containsExactly("4 578", "1\u202F000", "2\u00A0000 000", "4,5");
    }

    @Test
    void yearFollowedByAnotherNumberIsNotGrouped() {
        String s = "En 2022 225 personnes";
        assertThat(texts(s, french.tokenize(s, 0, s.length()))).containsExactly("En", "2022", "225", "personnes");
    }

    @Test
    void hyphenatedNamesAndClockTimesStayWhole() {
        String s = "Alma-Ata à 20h00 (Khabar 24)";
        assertThat(texts(s, french.tokenize(s, 0, s.length())))
                .containsExactly("Alma-Ata", "à", "20h00", "(", "Khabar", "24", ")");
    }

    @Test
    void quotationMarksOfEveryStyleAreQuoteTokens() {
        String s = "«a» “b” „c“ ‹d›";
        assertThat(french.tokenize(s, 0, s.length()).stream().filter(t -> t.kind() == Token.Kind.QUOTE)).hasSize(8);
    }

    @Test
    void dottedInitialismIsOneWord() {
        String s = "the U.S. said";
        assertThat(texts(s, english.tokenize(s, 0, s.length()))).containsExactly("the", "U.S.", "said");
    }

    @Test
    void offsetsAreOrderedAndInBoundsOnArbitraryText() {
        String s = "\u0000«»''’’--—…... 12,,34 ..a'b 💥 Ωμέγα\n\n x";
        List<Token> tokens = french.tokenize(s, 0, s.length());
        int last = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.length());
            last = t.end();
        }
    }
}
