package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.annotate.quotes.QuoteDocs.speakerText;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

class ReportedSpeechTest {

    @Test
    void frenchVerbWithQueGivesTheClauseAsReportedContent() {
        List<Quote> q = QuoteDocs.of("fr", "La ministre Claire Besson a affirmé que les écoles rouvriraient jeudi prochain.").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.direct()).isFalse();
            assertThat(x.text()).isEqualTo("les écoles rouvriraient jeudi prochain");
            assertThat(speakerText(x)).isEqualTo("Claire Besson");
        });
    }

    @Test
    void frenchInvertedVerbCreditsTheClauseBeforeIt() {
        String text = "Les eaux ont commencé à baisser dans la vallée, a déclaré le président du conseil régional Luc Marchand.";
        List<Quote> q = QuoteDocs.of("fr", text).quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.direct()).isFalse();
            assertThat(x.text()).isEqualTo("Les eaux ont commencé à baisser dans la vallée");
            assertThat(speakerText(x)).isEqualTo("Luc Marchand");
        });
    }

    @Test
    void englishSaidWithoutThat() {
        List<Quote> q = QuoteDocs.of("en", "Fire chief Dana Wells said the blaze was contained by late evening.").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("the blaze was contained by late evening");
            assertThat(speakerText(x)).isEqualTo("Dana Wells"); // the name in apposition to the role
        });
    }

    @Test
    void englishInvertedSaidAfterTheClause() {
        List<Quote> q = QuoteDocs.of("en", "Three bridges were closed overnight, a police spokesman said.").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("Three bridges were closed overnight");
            assertThat(speakerText(x)).isEqualTo("a police spokesman");
        });
    }

    @Test
    void reportedContentStopsAtButClause() {
        List<Quote> q = QuoteDocs.of("en", "The ministry said that its teams had left the area, but the roads stayed closed.").quotes();
        assertThat(q).singleElement().satisfies(x -> assertThat(x.text()).isEqualTo("its teams had left the area"));
    }

    @Test
    void russianVerbWithChto() {
        List<Quote> q = QuoteDocs.of("ru", "Мэр города Анна Орлова заявила, что школы откроются в понедельник.").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("школы откроются в понедельник");
            assertThat(speakerText(x)).isEqualTo("Анна Орлова");
        });
    }

    @Test
    void russianPoSlovamIsSpeech() {
        String text = "Глава района Павел Зуев приехал на место. По его словам, вода уйдёт через два дня.";
        List<Quote> q = QuoteDocs.of("ru", text).entity("e1", EntityType.PERSON, "Pavel Zuev", "Павел Зуев").quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("вода уйдёт через два дня");
            assertThat(QuoteDocs.speakerEntity(x)).isEqualTo("e1");
            assertThat(speakerText(x)).isEqualTo("его"); // the pronoun that credits the speaker, linked to its entity
        });
    }

    @Test
    void russianBackReferenceCreditsThePreviousSentence() {
        String text = "В регионе эвакуированы три деревни. Об этом сообщил губернатор области Пётр Волков.";
        List<Quote> q = QuoteDocs.of("ru", text).quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("В регионе эвакуированы три деревни");
            assertThat(x.direct()).isFalse();
            assertThat(speakerText(x)).isEqualTo("Пётр Волков");
        });
    }

    @Test
    void reportedClauseWithEmbeddedQuoteIsOneQuote() {
        String text = "Le bilan s'élève à douze morts « selon les premières estimations », a annoncé la préfecture.";
        List<Quote> q = QuoteDocs.of("fr", text).quotes();
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.direct()).isFalse();
            assertThat(x.text()).startsWith("Le bilan").endsWith("estimations »");
        });
    }

    @Test
    void passiveSaidIsNotSpeech() {
        assertThat(QuoteDocs.of("en", "Several climbers were said to be waiting below the ridge at dawn.").quotes()).isEmpty();
    }

    @Test
    void linkAroundTheVerbDoesNotHideTheSpeaker() {
        String text = "Двое задержанных отпущены из отдела полиции, [сообщает](https://example.org/post/1) правозащитный центр «Вектор».";
        assertThat(QuoteDocs.of("ru", text).quotes()).singleElement()
                .satisfies(x -> assertThat(speakerText(x)).isEqualTo("Вектор"));
    }

    @Test
    void reportedContentStopsAtASentenceEndTheSegmenterMissed() {
        String text = "По его словам, многие дома остались без света. \"Мы работаем всю ночь\", - отметил Иван Петров.";
        List<Quote> q = QuoteDocs.of("ru", text).asOneSentence().quotes();
        assertThat(q).extracting(Quote::text).contains("Мы работаем всю ночь");
    }

    @Test
    void selonLuiIsSpeechOfTheLastSpeaker() {
        String text = "Le maire Paul Girard a déclaré que la digue tiendrait. Selon lui, les travaux commenceront en mai.";
        List<Quote> q = QuoteDocs.of("fr", text).quotes();
        assertThat(q).extracting(Quote::text).containsExactly("la digue tiendrait", "les travaux commenceront en mai");
        assertThat(speakerText(q.get(1))).isEqualTo("Paul Girard");
    }

    @Test
    void frenchInvertedRoleWithItsNameInAppositionSpeaks() {
        String text = "Les digues ont cédé en quelques minutes, a précisé la directrice des opérations de la Croix-Rouge régionale, Carla Hinz.";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(x -> assertThat(speakerText(x)).isEqualTo("Carla Hinz"));
    }
}
