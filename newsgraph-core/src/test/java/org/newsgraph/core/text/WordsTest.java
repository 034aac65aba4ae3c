package org.newsgraph.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Token;

class WordsTest {
    private static List<String> norms(Words w) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) out.add(w.norm(i));
        return out;
    }

    @Test
    void timesAndDatesAreGluedPiecesOfDigitsLettersAndSymbols() {
        Words w = Words.of("Rendez-vous à 20h00 le 05.01.2022", Normalizer.basic());
        assertThat(norms(w)).containsExactly("rendez", "-", "vous", "à", "20", "h", "00", "le", "05", ".", "01", ".", "2022");
        int h = norms(w).indexOf("h");
        assertThat(w.glued(h)).isTrue();
        assertThat(w.glued(h + 1)).isTrue();
        assertThat(w.spaceBefore(h - 1)).isTrue();
        assertThat(w.kind(h - 1)).isEqualTo(Token.Kind.NUMBER);
        assertThat(w.kind(h)).isEqualTo(Token.Kind.WORD);
    }

    @Test
    void anApostropheBetweenLettersIsPunctuationAndAQuoteMarkAloneIsAQuote() {
        Words w = Words.of("« L’État a cédé »", Normalizer.basic());
        assertThat(norms(w)).containsExactly("\"", "l", "'", "état", "a", "cédé", "\"");
        assertThat(w.kind(0)).isEqualTo(Token.Kind.QUOTE);
        assertThat(w.kind(2)).isEqualTo(Token.Kind.PUNCT);
        assertThat(w.surface(1, 3)).isEqualTo("L’État");
        assertThat(w.capitalised(3)).isTrue();
    }

    @Test
    void offsetsPointIntoTheTextAndEveryPieceRoundTrips() {
        String s = "Погибли 4 578 человек, сообщил Минздрав.\nВторой абзац.";
        Words w = Words.of(s, Normalizer.basic());
        int previousEnd = 0;
        for (int i = 0; i < w.size(); i++) {
            assertThat(w.start(i)).isGreaterThanOrEqualTo(previousEnd);
            assertThat(w.surface(i)).isEqualTo(s.substring(w.start(i), w.end(i)));
            assertThat(s.substring(previousEnd, w.start(i))).isBlank();
            previousEnd = w.end(i);
        }
        assertThat(w.paragraph(0)).isZero();
        int second = norms(w).indexOf("второй");
        assertThat(w.lineBreakBefore(second)).isTrue();
        assertThat(w.paragraph(second)).isEqualTo(1);
    }

    @Test
    void segmenterTokensGroupPiecesSentencesAndParagraphsAreKept() {
        String s = "Two thousand people left. Then 4 578 came.";
        Words.Builder b = Words.builder(s, Normalizer.basic());
        b.addToken(0, 3, Token.Kind.WORD, 0).addToken(4, 12, Token.Kind.WORD, 0).addToken(13, 19, Token.Kind.WORD, 0)
                .addToken(20, 24, Token.Kind.WORD, 0).addToken(24, 25, Token.Kind.PUNCT, 0);
        b.breakParagraph();
        b.addToken(26, 30, Token.Kind.WORD, 1).addToken(31, 36, Token.Kind.NUMBER, 1);
        Words w = b.build();
        int four = w.indexAt(31);
        assertThat(w.norm(four)).isEqualTo("4");
        assertThat(w.norm(four + 1)).isEqualTo("578");
        assertThat(w.token(four)).isEqualTo(w.token(four + 1));
        assertThat(w.tokenEnd(four)).isEqualTo(four + 2);
        assertThat(w.spaceBefore(four + 1)).isTrue();
        assertThat(w.sentence(four)).isEqualTo(1);
        assertThat(w.paragraph(four)).isEqualTo(1);
        assertThat(w.sentenceEnd(0)).isEqualTo(5);
    }


    @Test
    void indexAtFindsThePieceHoldingOrFollowingAnOffset() {
        Words w = Words.of("the mayor said", Normalizer.basic());
        assertThat(w.indexAt(0)).isZero();
        assertThat(w.indexAt(3)).isEqualTo(1);
        assertThat(w.indexAt(6)).isEqualTo(1);
        assertThat(w.indexAt(100)).isEqualTo(3);
    }

    @Test
    void emptyAndBlankTextsHaveNoPieces() {
        assertThat(Words.of("", Normalizer.basic()).isEmpty()).isTrue();
        assertThat(Words.of(" \n\u00A0", Normalizer.basic()).size()).isZero();
    }
}
