package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

class DirectQuoteTest {

    @Test
    void frenchQuoteFollowedByAnInvertedVerbIsCreditedToItsSubject() {
        List<Quote> q = QuoteDocs.of("fr", "« Nous rouvrirons le pont avant l'hiver », a déclaré Marie Lefort lundi.").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Nous rouvrirons le pont avant l'hiver");
            assertThat(x.direct()).isTrue();
            assertThat(speakerText(x)).isEqualTo("Marie Lefort");
        });
    }

    @Test
    void frenchInterruptedQuoteGivesTwoQuotesOfTheSameSpeaker() {
        String text = "Le maire Paul Girard a parlé aux habitants. « La digue tiendra encore un an », a-t-il ajouté, "
                + "« mais il faudra la refaire entièrement ».";
        List<Quote> q = QuoteDocs.of("fr", text).entity("e1", EntityType.PERSON, "Paul Girard", "Paul Girard").quotes();
        assertThat(q).extracting(Quote::text)
                .containsExactly("La digue tiendra encore un an", "mais il faudra la refaire entièrement");
        assertThat(q).allSatisfy(x -> assertThat(QuoteDocs.speakerEntity(x)).isEqualTo("e1"));
    }

    @Test
    void englishQuoteWithSubjectBeforeTheVerb() {
        List<Quote> q = QuoteDocs.of("en", "“We will rebuild every school in the valley,” Governor Ann Price said on Monday.").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(speakerText(x)).isEqualTo("Ann Price"));
    }

    @Test
    void englishQuoteIntroducedByTheVerb() {
        List<Quote> q = QuoteDocs.of("en", "The mayor, Tom Reed, told reporters: \"The water is safe to drink again.\"").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.direct()).isTrue();
            assertThat(x.text()).isEqualTo("The water is safe to drink again.");
            assertThat(speakerText(x)).isEqualTo("Tom Reed");
        });
    }

    @Test
    void russianQuoteWithDashAndInvertedVerb() {
        List<Quote> q = QuoteDocs.of("ru", "«Мы восстановим мост до конца года», — заявил губернатор Олег Смирнов.").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Мы восстановим мост до конца года");
            assertThat(speakerText(x)).isEqualTo("Олег Смирнов");
        });
    }

    @Test
    void multiSentenceQuoteIsOneQuote() {
        String text = "« Le pont est fermé. Les travaux dureront trois mois. Nous ferons vite », a indiqué la préfète Anne Roux.";
        List<Quote> q = QuoteDocs.of("fr", text).quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).startsWith("Le pont est fermé.").endsWith("Nous ferons vite");
            assertThat(speakerText(x)).isEqualTo("Anne Roux");
        });
    }

    @Test
    void quoteWithoutVerbContinuesThePreviousSpeaker() {
        String text = "“The levee held through the night,” said Jim Ortega. “We were lucky this time.”";
        List<Quote> q = QuoteDocs.of("en", text).quotes();
        assertThat(q).hasSize(2);
        assertThat(speakerText(q.get(1))).isEqualTo("Jim Ortega");
    }

    @Test
    void dialogueDashLinesAreQuotes() {
        String text = "Le maire est arrivé.\n— Nous sommes prêts pour la crue, a déclaré Paul Girard.\n— Мы готовы к паводку, — сказал Иван Петров. — Начнём завтра утром.";
        List<Quote> q = QuoteDocs.of("fr", text).quotes();
        assertThat(q).extracting(Quote::text).contains("Nous sommes prêts pour la crue");
        assertThat(q).filteredOn(x -> x.text().startsWith("Nous")).singleElement()
                .satisfies(x -> assertThat(speakerText(x)).isEqualTo("Paul Girard"));
    }

    @Test
    void russianDialogueWithContinuation() {
        String text = "— Мы готовы к паводку, — сказал Иван Петров. — Начнём работы завтра утром.";
        List<Quote> q = QuoteDocs.of("ru", text).quotes();
        assertThat(q).extracting(Quote::text).containsExactly("Мы готовы к паводку", "Начнём работы завтра утром.");
        assertThat(q).allSatisfy(x -> assertThat(speakerText(x)).isEqualTo("Иван Петров"));
    }

    @Test
    void headlineFragmentRepeatedInTheBodyTakesTheBodySpeaker() {
        String text = "Mayor vows to ‘rebuild every single school’ by autumn\n\n"
                + "“We will rebuild every single school before the autumn term,” Mayor Lin Ortiz said.";
        List<Quote> q = QuoteDocs.of("en", text).quotes();
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(speakerText(x)).isEqualTo("Lin Ortiz"));
    }

    @Test
    void aShortPhraseAndAColonNameTheSpeaker() {
        List<Quote> q = QuoteDocs.of("fr", "Le maire de Lyon : « Nous rouvrirons toutes les écoles lundi »").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(speakerText(x)).isEqualTo("Le maire de Lyon"));
    }
}
