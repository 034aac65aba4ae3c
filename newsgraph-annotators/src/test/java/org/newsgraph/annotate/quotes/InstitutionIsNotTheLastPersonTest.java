package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Reference;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/**
 * "la préfecture", "the ministry", "министерство" after a person spoke name a body, not that person; they refer back
 * to a body that spoke before.
 */
class InstitutionIsNotTheLastPersonTest {

    @Test
    void frenchPrefectureDoesNotResolveToTheMayorWhoSpokeBefore() {
        String text = "Le maire a parlé. Selon la préfecture, la route restera fermée.";
        SpeechLexicon lex = SpeechLexicon.of(LanguagePacks.expect("fr"));
        SpeakerResolver resolver = new SpeakerResolver(new MentionIndex(List.of()), List.of(), lex);
        resolver.remember(Speaker.entity(new Reference(Optional.of("e1"), Optional.of("Jean Dupuis"), 0, 11), EntityType.PERSON));
        int at = text.indexOf("la préfecture");
        Speaker read = Speaker.of(Speaker.Kind.ANAPHOR, Reference.ofText("la préfecture", at, at + 13), "préfecture");
        assertThat(resolver.resolve(read)).contains(read);
    }

    @Test
    void frenchMayorStillResolvesToTheMayorWhoSpokeBefore() {
        SpeechLexicon lex = SpeechLexicon.of(LanguagePacks.expect("fr"));
        SpeakerResolver resolver = new SpeakerResolver(new MentionIndex(List.of()), List.of(), lex);
        resolver.remember(Speaker.entity(new Reference(Optional.of("e1"), Optional.of("Jean Dupuis"), 0, 11), EntityType.PERSON));
        Speaker read = Speaker.of(Speaker.Kind.ANAPHOR, Reference.ofText("le maire", 40, 48), "maire");
        assertThat(resolver.resolve(read)).get().satisfies(s -> assertThat(s.ref().entity()).contains("e1"));
    }

    @Test
    void russianAgencyWordResolvesToTheBodyThatSpokeBefore() {
        SpeechLexicon lex = SpeechLexicon.of(LanguagePacks.expect("ru"));
        SpeakerResolver resolver = new SpeakerResolver(new MentionIndex(List.of()), List.of(), lex);
        resolver.remember(Speaker.entity(new Reference(Optional.of("e2"), Optional.of("МЧС"), 0, 3), EntityType.ORGANIZATION));
        resolver.remember(Speaker.entity(new Reference(Optional.of("e1"), Optional.of("Иван Петров"), 10, 21), EntityType.PERSON));
        Speaker read = Speaker.of(Speaker.Kind.ANAPHOR, Reference.ofText("ведомстве", 60, 69), "ведомстве");
        assertThat(resolver.resolve(read)).get().satisfies(s -> assertThat(s.ref().entity()).contains("e2"));
    }

    @Test
    void russianAgencyWordSkipsTheMediumNamedBeforeIt() {
        String text = "МЧС России ведет поиски. Как сообщили РИА Новости в ведомстве, спасатели нашли двоих.";
        QuoteDocs docs = QuoteDocs.of("ru", text).entity("e1", EntityType.ORGANIZATION, "EMERCOM", "МЧС России")
                .entity("e2", EntityType.ORGANIZATION, "RIA Novosti", "РИА Новости");
        SpeechLexicon lex = SpeechLexicon.of(LanguagePacks.expect("ru"));
        SpeakerResolver resolver = new SpeakerResolver(new MentionIndex(docs.annotate().expect(org.newsgraph.core.Layers.ENTITIES)),
                List.of(), lex, org.newsgraph.annotate.attribution.AttributionWords.of(LanguagePacks.expect("ru")));
        int at = text.indexOf("ведомстве");
        Speaker read = Speaker.of(Speaker.Kind.ANAPHOR, Reference.ofText("ведомстве", at, at + 9), "ведомстве");
        assertThat(resolver.resolve(read)).get().satisfies(s -> assertThat(s.ref().entity()).contains("e1"));
    }

    @Test
    void englishMinistryAfterAPersonStaysTheMinistry() {
        String text = "Anna Berg said the dam had held through the night. "
                + "The ministry said the road would stay closed until Thursday.";
        List<Quote> q = QuoteDocs.of("en", text).entity("e1", EntityType.PERSON, "Anna Berg", "Anna Berg").quotes();
        assertThat(q).hasSize(2);
        assertThat(QuoteDocs.speakerText(q.get(1))).isEqualTo("The ministry");
        assertThat(QuoteDocs.speakerEntity(q.get(1))).isNull();
    }

    @Test
    void russianMinistryAfterAPersonStaysTheMinistry() {
        String text = "Иван Петров заявил, что дамба выдержала ночь. Министерство сообщило, что дорогу откроют в четверг.";
        List<Quote> q = QuoteDocs.of("ru", text).entity("e1", EntityType.PERSON, "Иван Петров", "Иван Петров").quotes();
        assertThat(q).hasSize(2);
        assertThat(QuoteDocs.speakerEntity(q.get(1))).isNull();
    }

    @Test
    void aPersonHeadStillRefersBackToTheLastSpeaker() {
        String text = "Le maire, Jean Dupuis, a déclaré que la digue avait tenu. « Nous restons vigilants », a ajouté le maire.";
        List<Quote> q = QuoteDocs.of("fr", text).entity("e1", EntityType.PERSON, "Jean Dupuis", "Jean Dupuis").quotes();
        assertThat(q).hasSize(2).allSatisfy(x -> assertThat(QuoteDocs.speakerEntity(x)).isEqualTo("e1"));
    }

    /** The speaker's words of the second of the two quotes the text holds. */
    private static String secondSpeaker(String lang, String text) {
        List<Quote> q = QuoteDocs.of(lang, text).quotes();
        assertThat(q).hasSize(2);
        return QuoteDocs.speakerText(q.get(1));
    }

    @Test
    void aBodyWithAnotherModifierIsAnotherBody() {
        assertThat(secondSpeaker("en", "The regional health ministry said 140 people had been taken to hospital on "
                + "Sunday. More than 900 rescuers were deployed overnight along the coast, the interior ministry said."))
                .isEqualTo("the interior ministry");
        assertThat(secondSpeaker("fr", "Le ministère de la Santé a indiqué que 140 personnes avaient été hospitalisées "
                + "dimanche. Plus de 900 secouristes ont été déployés dans la nuit, a précisé le ministère de l'Intérieur."))
                .isEqualTo("le ministère de l'Intérieur");
    }

    @Test
    void aBodyNamedAgainWithOneOfItsModifiersIsTheSameBody() {
        assertThat(secondSpeaker("en", "The regional health ministry said 140 people had been taken to hospital on "
                + "Sunday. The health ministry said later that most of them had been released by the evening."))
                .isEqualTo("The regional health ministry");
    }
}
