package org.newsgraph.annotate.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Span;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Reference;

/**
 * Hard filters read from each pack's attribution words: the platform a statement was posted on, a medium addressed
 * in the dative, the wire agency of a dateline and a bare time are never a speaker or source.
 */
class ChannelsDatelinesAndTimesTest {
    private static FeatureReader reader(String lang, String text) {
        return new FeatureReader(text, List.of(new Span(0, text.length(), "sentence")), List.of(),
                AttributionWords.of(LanguagePacks.find(lang).orElseThrow()));
    }

    private static Reference at(String text, String phrase) {
        int i = text.indexOf(phrase);
        return new Reference(Optional.empty(), Optional.of(phrase), i, i + phrase.length());
    }

    /** Why the candidate naming {@code phrase} is ruled out, if it is. */
    private static Optional<String> excluded(String lang, String text, String phrase) {
        Candidate c = new Candidate(at(text, phrase), Optional.empty(), "test", null);
        reader(lang, text).read(c, text.length() - 1, text.length());
        return c.excluded();
    }

    @Test
    void thePlatformAStatementWasPostedOnIsAChannel() {
        String en = "The port authority said on Facebook that 40 workers were missing.";
        assertThat(reader("en", en).addressee(at(en, "Facebook"))).isTrue();
        assertThat(reader("en", en).addressee(at(en, "The port authority"))).isFalse();
        String en2 = "In a post on Telegram, the governor said 12 people were hurt.";
        assertThat(reader("en", en2).addressee(at(en2, "Telegram"))).isTrue();
        String fr = "La mairie a indiqué sur Twitter que 30 habitants avaient été évacués.";
        assertThat(reader("fr", fr).addressee(at(fr, "Twitter"))).isTrue();
        String ru = "Губернатор написал в своем Telegram-канале, что пострадали 9 человек.";
        assertThat(reader("ru", ru).addressee(at(ru, "Telegram"))).isTrue();
    }

    @Test
    void aMediumNamedInTheDativeIsAddressed() {
        String ru = "Как сообщили «Интерфаксу» в городской администрации, погибли 3 человека.";
        assertThat(reader("ru", ru).addressee(at(ru, "Интерфаксу"))).isTrue();
        assertThat(reader("ru", ru).addressee(at(ru, "городской администрации"))).isFalse();
    }

    @Test
    void theWireAgencyOfADatelineIsNeverTheSpeaker() {
        assertThat(excluded("ru", "ОМСК, 4 мая. ИНТЕРФАКС - Число погибших выросло до 12.", "ИНТЕРФАКС"))
                .hasValue("a wire agency in the dateline");
        assertThat(excluded("en", "LAGOS (Reuters) - At least 30 people died, police said.", "Reuters"))
                .hasValue("a wire agency in the dateline");
        assertThat(excluded("ru", "4 мая. Interfax-Siberia.ru - Число погибших выросло до 12.", "Interfax"))
                .hasValue("a wire agency in the dateline");
        assertThat(excluded("en", "At least 30 people died, Reuters reported on Monday.", "Reuters")).isEmpty();
    }

    @Test
    void aBareTimeIsNoSpeaker() {
        String fr = "Selon un dernier bilan lundi soir, 80 personnes sont mortes.";
        assertThat(reader("fr", fr).admissible(at(fr, "lundi soir"))).isFalse();
        String en = "On Tuesday night, 14 people were hurt, police said.";
        assertThat(reader("en", en).admissible(at(en, "Tuesday night"))).isFalse();
        assertThat(reader("en", en).admissible(at(en, "police"))).isTrue();
        String ru = "Вчера вечером пострадали 5 человек.";
        assertThat(reader("ru", ru).admissible(at(ru, "Вчера вечером"))).isFalse();
    }
}
