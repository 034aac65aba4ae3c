package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Quote;

/** Input that once could, or still might, make a quote finder slow or throw. */
class PathologicalInputTest {

    @Test
    void tenThousandUnmatchedQuoteMarksFinishWithSpansInBounds() {
        String text = "« \" “ ".repeat(10_000) + "« Nous partirons demain matin », a déclaré Paul Girard.";
        var quotes = QuoteDocs.of("fr", text).quotes();
        for (Quote q : quotes) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
    }

    @Test
    void thousandsOfVerbsInOneSentenceFinish() {
        String text = "a déclaré que, ".repeat(5_000) + "fin.";
        var quotes = QuoteDocs.of("fr", text).quotes();
        for (Quote q : quotes) assertThat(q.end()).isLessThanOrEqualTo(text.length());
    }

    @Test
    void thousandsOfShortQuotesInOneSentenceFinish() {
        String text = "« un deux trois quatre » et ".repeat(5_000) + "a déclaré Paul.";
        var quotes = QuoteDocs.of("fr", text).quotes();
        assertThat(quotes).isNotEmpty();
    }
}
