package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence adverbs and phrases without a name or a speaker noun do not credit a quote. */
class NotASpeakerTest {

    @Test
    void sentenceAdverbBeforeAColonIsNotTheSpeaker() {
        String text = "At every stop he repeats the promise. Then, the big finish: \"I will build the bridge myself, and nobody will stop me.\"";
        assertThat(QuoteDocs.of("en", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isNull());
    }

    @Test
    void frenchSentenceAdverbBeforeAColonIsNotTheSpeaker() {
        String text = "Le candidat a parlé une heure. Puis, la conclusion : « Nous ne reculerons devant aucune difficulté cette année. »";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isNull());
    }

    @Test
    void aSpeakerNounBeforeAColonStillNamesTheSpeaker() {
        String text = "Le maire du village : « Nous ne reculerons devant aucune difficulté cette année. »";
        assertThat(QuoteDocs.of("fr", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("Le maire du village"));
    }

    @Test
    void thatSaidIsNotASpeaker() {
        String text = "That said, most farmers in the valley say they expect a poor harvest this year.";
        assertThat(QuoteDocs.of("en", text).quotes())
                .allSatisfy(q -> assertThat(QuoteDocs.speakerText(q)).isNotEqualTo("That"));
    }

    @Test
    void leadingAdverbIsNotPartOfTheSpeaker() {
        String text = "Однако глава района Пётр Соколов заявил, что дорогу откроют через неделю.";
        assertThat(QuoteDocs.of("ru", text).quotes()).singleElement()
                .satisfies(q -> assertThat(QuoteDocs.speakerText(q)).isEqualTo("Пётр Соколов"));
    }
}
