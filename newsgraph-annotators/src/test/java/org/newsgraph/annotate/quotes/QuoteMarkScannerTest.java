package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.core.Span;

class QuoteMarkScannerTest {
    private final QuoteMarkScanner scanner = new QuoteMarkScanner();

    private List<String> quoted(String text) {
        return scanner.scan(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Il a dit « nous partirons demain matin » hier.",
            "He said “nous partirons demain matin” yesterday.",
            "Er sagte „nous partirons demain matin“ gestern.",
            "He said \"nous partirons demain matin\" yesterday.",
            "Il a dit ‹nous partirons demain matin› hier.",
            "He said ‘nous partirons demain matin’ yesterday.",
            "He said ''nous partirons demain matin'' yesterday."})
    void findsTheQuotedTextInEveryStyle(String text) {
        assertThat(quoted(text)).containsExactly("nous partirons demain matin");
    }

    @Test
    void keepsOnlyTheOutermostOfNestedQuotes() {
        assertThat(quoted("Она сказала: «Он ответил „нет“ и ушёл домой»."))
                .containsExactly("Он ответил „нет“ и ушёл домой");
    }

    @Test
    void anApostropheInsideAWordDoesNotCloseASingleQuote() {
        assertThat(quoted("She wrote ‘we don’t know yet’ on Monday."))
                .containsExactly("we don’t know yet");
    }

    @Test
    void anUnclosedMarkIsDroppedAtTheEndOfItsParagraphAndTheNextQuoteIsFound() {
        String text = "Le texte « commence ici sans fin.\nPuis le maire a dit « nous tiendrons bon » ce soir.";
        assertThat(quoted(text)).containsExactly("nous tiendrons bon");
    }

    @Test
    void aQuoteReopenedAtEachParagraphRunsOverParagraphs() {
        String text = "“The first part of what I said.\n“The second part, which ends here.” He left.";
        assertThat(quoted(text)).containsExactly("The first part of what I said.\n“The second part, which ends here.");
    }

    @Test
    void aStrayClosingMarkIsIgnored() {
        assertThat(quoted("Un » perdu puis « une vraie citation ici » enfin."))
                .containsExactly("une vraie citation ici");
    }

    @Test
    void tenThousandUnmatchedMarksYieldNothingAndSpansStayInBounds() {
        String text = "« \" “ „ ‹ ‘ ".repeat(10_000) + "fin.";
        List<Span> spans = scanner.scan(text);
        for (Span s : spans) assertThat(s.end()).isLessThanOrEqualTo(text.length());
        assertThat(spans.size()).isLessThan(10_000);
    }
}
