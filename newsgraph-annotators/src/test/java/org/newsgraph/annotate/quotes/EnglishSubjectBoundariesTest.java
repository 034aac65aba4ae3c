package org.newsgraph.annotate.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Quote;

/**
 * Where the phrase naming an English speaker begins and ends: an opening time phrase with a year, a clause joined by
 * "and", a relative clause after the speaker noun, the addressee of "told" after an apposed role, modifiers before a
 * late head noun, and a clause of the content that is no noun phrase at all.
 */
class EnglishSubjectBoundariesTest {

    private static List<String> speakers(List<Quote> q) {
        return q.stream().map(QuoteDocs::speakerText).toList();
    }

    private static List<String> speakersIn(String lang, String text) {
        return speakers(QuoteDocs.of(lang, text).quotes());
    }

    /** The one quote has this content and this speaker phrase. */
    private static void spokenBy(List<Quote> q, String content, String phrase) {
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo(content);
            assertThat(QuoteDocs.speakerText(x)).isEqualTo(phrase);
        });
    }

    /** The one quote has this content and its speaker links to this entity. */
    private static void spokenByEntity(List<Quote> q, String content, String entity) {
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo(content);
            assertThat(QuoteDocs.speakerEntity(x)).isEqualTo(entity);
        });
    }

    @Test
    void anOpeningYearOrTimePhraseIsNotPartOfTheSubject() {
        assertThat(speakersIn("en", "In 2019 a regional audit office said the canal locks were unsafe."))
                .containsExactly("a regional audit office");
        assertThat(speakersIn("en", "Last year a senior water ministry engineer said the canal locks were unsafe."))
                .containsExactly("a senior water ministry engineer");
    }

    @Test
    void aClauseJoinedByAndHasItsOwnSubject() {
        List<Quote> q = QuoteDocs.of("en", "The canal locks were never repaired, and a regional audit office warned that they could give way.")
                .quotes();
        assertThat(q).filteredOn(x -> x.text().contains("give way")).extracting(QuoteDocs::speakerText)
                .containsExactly("a regional audit office");
    }

    @Test
    void aRelativeClauseAfterTheSpeakerNounEndsThePhrase() {
        String en = "\"We counted forty flooded homes,\" a senior official at the county rescue office who asked not to be named said.";
        assertThat(speakers(QuoteDocs.of("en", en).quotes())).containsExactly("a senior official at the county rescue office");
    }

    @Test
    void theMediumAfterToldIsTheAddresseeEvenAfterAnApposedRole() {
        String en = "\"We need more boats,\" Amir Zandi, the regional civil defence chief, told CNN.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Amir Zandi", "Amir Zandi")
                .entity("e2", EntityType.ORGANIZATION, "CNN", "CNN").quotes();
        spokenByEntity(q, "We need more boats", "e1");
    }

    @Test
    void aClauseWithAFiniteVerbIsNoSubject() {
        // "were not" belongs to the content's clause: whoever warned, it is not "The locks were not"
        List<Quote> q = QuoteDocs.of("en", "The locks were not, a river authority engineer warned on Monday, built for such floods.")
                .quotes();
        assertThat(speakers(q)).doesNotContain("The locks were not");
    }

    @Test
    void theAuthorOfAReportSpeaksForIt() {
        assertThat(speakersIn("en", "The ageing locks were never repaired, a report by the regional audit office said."))
                .containsExactly("the regional audit office");
        assertThat(speakersIn("fr", "Un rapport de la cour régionale des comptes affirme que les écluses n'ont jamais été réparées."))
                .containsExactly("la cour régionale des comptes");
    }

    @Test
    void aNameAndItsApposedRoleBeforeTheVerbSpeakTheClauseBeforeThem() {
        String en = "The sluice gates were never tested, Lena Moss, the county engineer, told reporters.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Lena Moss", "Lena Moss").quotes();
        spokenByEntity(q, "The sluice gates were never tested", "e1");
        en = "The ferry will not run until Friday, Piet Olander, a spokesman for the harbour board, said on Wednesday.";
        q = QuoteDocs.of("en", en).quotes();
        spokenBy(q, "The ferry will not run until Friday", "Piet Olander");
    }

    @Test
    void aNameWithItsRoleOpeningTheSentenceIsStillAForwardSubject() {
        String en = "Karen Hobbs, a nurse with relatives in Marlow, said she has been unable to reach them since the storm.";
        List<Quote> q = QuoteDocs.of("en", en).entity("e1", EntityType.PERSON, "Karen Hobbs", "Karen Hobbs").quotes();
        spokenByEntity(q, "she has been unable to reach them since the storm", "e1");
    }

    @Test
    void aPronounOpeningTheClauseAfterTheVerbIsNoInvertedSpeaker() {
        String en = "Karen, whose cousins live in Marlow, said she has not heard from them since the storm.";
        assertThat(QuoteDocs.of("en", en).quotes()).extracting(Quote::text)
                .containsExactly("she has not heard from them since the storm");
    }

    @Test
    void anAdjunctEndingTheSentenceAfterToldIsNoContent() {
        String en = "At least twelve people were missing, a senior police officer told the Valley Courier on condition of anonymity.";
        List<Quote> q = QuoteDocs.of("en", en).quotes();
        spokenBy(q, "At least twelve people were missing", "a senior police officer");
    }

    @Test
    void aVerbOfSayingAfterAPassiveAndANegationIsNoSpeech() {
        String en = "The dykes were not maintained for years, and a regional audit office warned that they could fail.";
        List<Quote> q = QuoteDocs.of("en", en).quotes();
        spokenBy(q, "they could fail", "a regional audit office");
    }

    @Test
    void aNameOpeningTheClauseAfterTheVerbIsItsSubjectNotTheSpeaker() {
        String en = "Ada Brenner, one of a handful of farmers on the board, said Kessler will win the valley easily.";
        assertThat(QuoteDocs.of("en", en).quotes()).extracting(Quote::text).containsExactly("Kessler will win the valley easily");
        en = "Brenner, who has already sent letters on the farmers' behalf, said he also may visit the valley.";
        assertThat(QuoteDocs.of("en", en).quotes()).extracting(Quote::text).containsExactly("he also may visit the valley");
    }

    @Test
    void aLongInvertedSubjectAfterTheVerbStillSpeaks() {
        String en = "The ferry will not run until Friday, said Helen Varga of the regional harbour board.";
        assertThat(speakers(QuoteDocs.of("en", en).quotes())).containsExactly("Helen Varga");
        en = "More rain is expected on Thursday, said the head of the national weather service.";
        assertThat(speakers(QuoteDocs.of("en", en).quotes())).containsExactly("the head of the national weather service");
    }
}
