package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Quote;

/** A direct quote that opens a new sentence (even one the segmenter missed) is neither swallowed by nor credited to the sentence before it. */
class SentenceBoundaryTest {

    @Test
    void reportedContentStopsAtTheFullStopBeforeADirectQuote() {
        String text = "Farmers said the losses were heavier. \"We lost half the herd in one night,\" one breeder told the radio.";
        List<Quote> quotes = QuoteDocs.of("en", text).asOneSentence().quotes();
        assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).contains("heavier").contains("herd"));
        assertThat(quotes).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We lost half the herd in one night");
            assertThat(QuoteDocs.speakerText(q)).isEqualTo("one breeder");
        });
    }

    @Test
    void inversionAfterTheQuoteWinsOverAVerbOfThePreviousSentence() {
        String text = "The talks went on all night, the mediator explained. \"We will appeal this ruling,\" said Tom Hart.";
        List<Quote> quotes = QuoteDocs.of("en", text).asOneSentence().quotes();
        assertThat(quotes).filteredOn(Quote::direct).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("We will appeal this ruling");
            assertThat(QuoteDocs.speakerText(q)).isEqualTo("Tom Hart");
        });
    }

    @Test
    void frenchQuoteAfterAFullStopTakesTheVerbThatFollowsIt() {
        String text = "La réunion a duré trois heures, a expliqué la préfète. « Nous rouvrirons la route demain matin », a déclaré Paul Girard.";
        assertThat(QuoteDocs.of("fr", text).asOneSentence().quotes()).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("Paul Girard"));
    }

    @Test
    void aTitleBeforeAFullStopDoesNotEndTheClause() {
        String text = "The vote on the new budget was delayed again by Sen. Lane and his allies, Tom Hart said.";
        assertThat(QuoteDocs.of("en", text).asOneSentence().quotes()).singleElement()
                .satisfies(q -> assertThat(q.text()).startsWith("The vote on"));
    }

    @Test
    void theDescriptionAfterAnInvertedVerbIsTheSpeakerNotReportedContent() {
        String text = "\"It was not a convincing answer,\" said a senator close to the talks, who added that the mood was tense.";
        List<Quote> quotes = QuoteDocs.of("en", text).quotes();
        assertThat(quotes).noneSatisfy(q -> assertThat(q.text()).startsWith("a senator"));
        assertThat(quotes).filteredOn(Quote::direct).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("a senator close to the talks"));
        assertThat(quotes).filteredOn(q -> !q.direct()).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("the mood was tense");
            assertThat(QuoteDocs.speakerText(q)).isEqualTo("a senator close to the talks");
        });
    }
}
