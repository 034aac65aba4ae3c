package org.newsgraph.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.attribution.AttributionWords.Gender;
import org.newsgraph.annotate.attribution.AttributionWords.Kind;
import org.newsgraph.core.lang.LanguagePacks;

class AttributionWordsTest {
    private static AttributionWords words(String lang) {
        return AttributionWords.of(LanguagePacks.find(lang).orElseThrow());
    }

    @Test
    void pronounsAndRolesSayTheirGenderInEachLanguage() {
        assertThat(words("en").gender("she")).isEqualTo(Gender.FEMALE);
        assertThat(words("en").gender("the spokesman")).isEqualTo(Gender.MALE);
        assertThat(words("fr").gender("la ministre")).isEqualTo(Gender.FEMALE);
        assertThat(words("fr").gender("il")).isEqualTo(Gender.MALE);
        assertThat(words("ru").gender("она")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void commonFirstNamesSayTheGenderInEachLanguage() {
        assertThat(words("en").gender("Hillary Morton")).isEqualTo(Gender.FEMALE);
        assertThat(words("en").gender("Gregory Hale")).isEqualTo(Gender.MALE);
        assertThat(words("fr").gender("Ségolène Durand")).isEqualTo(Gender.FEMALE);
        assertThat(words("fr").gender("Gérald Martin")).isEqualTo(Gender.MALE);
        assertThat(words("ru").gender("Людмила Орлик")).isEqualTo(Gender.FEMALE);
        assertThat(words("ru").gender("Геннадий Орлик")).isEqualTo(Gender.MALE);
    }

    @Test
    void russianSurnameAndVerbEndingsSayTheGender() {
        AttributionWords ru = words("ru");
        assertThat(ru.gender("Ирина Соколова")).isEqualTo(Gender.FEMALE);
        assertThat(ru.gender("Соколов")).isEqualTo(Gender.MALE);
        assertThat(ru.ending("заявила")).isEqualTo(Gender.FEMALE);
        assertThat(ru.ending("заявил")).isEqualTo(Gender.MALE);
    }

    @Test
    void channelsMediaAndDocumentsAreKnownInEachLanguage() {
        assertThat(words("en").is("told", Kind.CHANNEL_CUE)).isTrue();
        assertThat(words("en").anyWord("the state news agency", Kind.MEDIUM)).isTrue();
        assertThat(words("fr").is("cité par", Kind.CHANNEL_CUE)).isTrue();
        assertThat(words("fr").anyWord("le rapport", Kind.DOCUMENT)).isTrue();
        assertThat(words("ru").is("агентству", Kind.CHANNEL_CUE)).isTrue();
        assertThat(words("ru").anyWord("доклад", Kind.DOCUMENT)).isTrue();
    }

    @Test
    void relativePronounsAndBareCliticsAreNonPhrases() {
        assertThat(words("en").is("who", Kind.NON_PHRASE)).isTrue();
        assertThat(words("fr").is("qui", Kind.NON_PHRASE)).isTrue();
        assertThat(words("fr").is("a-t-on", Kind.NON_PHRASE)).isTrue();
        assertThat(words("ru").is("который", Kind.NON_PHRASE)).isTrue();
    }

    @Test
    void speakerNounsComeFromTheSpeakerWords() {
        assertThat(words("en").speakerNoun("a senior official")).contains("official");
        assertThat(words("fr").hasSpeakerNoun("la porte-parole du ministère")).isTrue();
        assertThat(words("ru").speakerNoun("министр здравоохранения")).contains("министр");
        assertThat(words("ru").hasSpeakerNoun("вчера вечером")).isFalse();
    }

    @Test
    void aPhraseSplitsIntoRunsOfLettersNumbersApostrophesAndHyphens() {
        assertThat(AttributionWords.split(" l'agence «Nord-Ouest», 2½ ans; ²x Ⅻ — \uD835\uDC00b…"))
                .containsExactly("l'agence", "Nord-Ouest", "2½", "ans", "²x",
                        "Ⅻ", "\uD835\uDC00b");
        assertThat(AttributionWords.split(" ,; ")).isEmpty();
        assertThat(AttributionWords.split("")).isEmpty();
    }

    @Test
    void onlyANounForOnePersonHasARoleHolder() {
        assertThat(words("en").holderNoun("the health minister")).hasValue("minister");
        assertThat(words("en").holderNoun("officials")).isEmpty();
        assertThat(words("en").holderNoun("the ministry")).isEmpty();
        assertThat(words("fr").holderNoun("le porte-parole de la préfecture")).hasValue("porte-parole");
        assertThat(words("fr").holderNoun("les autorités")).isEmpty();
        assertThat(words("ru").holderNoun("министр здравоохранения")).hasValue("министр");
    }

    @Test
    void prepositionsAndDeterminersAreFunctionWords() {
        assertThat(words("en").isPreposition("of")).isTrue();
        assertThat(words("en").isFunctionWord("the")).isTrue();
        assertThat(words("en").isFunctionWord("head")).isFalse();
        assertThat(words("fr").isPreposition("de")).isTrue();
        assertThat(words("ru").isPreposition("для")).isTrue();
    }

    @Test
    void theLastWordIsCutAsEveryOtherWordOfAPhrase() {
        AttributionWords fr = words("fr");
        assertThat(fr.lastWord("selon le rapport", Kind.DOCUMENT)).isTrue();
        assertThat(fr.lastWord("selon le rapport.", Kind.DOCUMENT)).isTrue();
        // a superscript number is part of its word, for the last word as for any other
        assertThat(fr.lastWord("selon le rapport²", Kind.DOCUMENT)).isEqualTo(fr.anyWord("rapport²", Kind.DOCUMENT)).isFalse();
        assertThat(fr.lastWord("rapport ²", Kind.DOCUMENT)).isFalse();
    }

    @Test
    void aBodyNounAfterANameIsFoundAcrossLettersOutsideTheBasicPlane() {
        AttributionWords en = words("en");
        String text = "Tomas Okafor 𝐗 agency said";
        assertThat(en.bodyNounFollows(text, "Tomas Okafor".length(), text.length())).isTrue();
        String comma = "Tomas Okafor, agency";
        assertThat(en.bodyNounFollows(comma, "Tomas Okafor".length(), comma.length())).isFalse();
    }

    @Test
    void onlyTheLastWordOfAChannelCueMayEndOne() {
        AttributionWords en = words("en");
        assertThat(en.mayEndChannelCue("told")).isTrue();
        assertThat(en.mayEndChannelCue("with")).isTrue(); // "in an interview with"
        assertThat(en.mayEndChannelCue("Told")).isTrue();
        assertThat(en.mayEndChannelCue("interview")).isFalse();
        assertThat(en.mayEndChannelCue("minister")).isFalse();
        assertThat(words("fr").mayEndChannelCue("à")).isTrue();
        assertThat(words("fr").mayEndChannelCue("déclaré")).isFalse();
    }
}
