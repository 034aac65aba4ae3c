package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "According to the figures published earlier": the figure goes to whoever the article says published them. */
class PublishedDataCreditsItsPublisherTest {
    @Test
    void russianParticipleNamesThePublisher() {
        assertThat(Counts.sources("ru", "Мэрия опровергла сообщения блога Северный Вестник, опубликовавшего статистику. "
                + "Согласно опубликованным ранее данным, в городе погибли 37 человек."))
                .containsExactly("Северный Вестник");
    }

    @Test
    void russianVerbWithItsSubjectNamesThePublisher() {
        assertThat(Counts.sources("ru", "Региональный штаб накануне обнародовал сводку о пострадавших. "
                + "По опубликованным данным, ранены 52 человека."))
                .containsExactly("Региональный штаб");
    }

    @Test
    void englishRelativeClauseNamesThePublisher() {
        assertThat(Counts.sources("en", "Officials denied a report by the Harbour Gazette, which had published the figures. "
                + "According to the figures published earlier, 64 people were killed."))
                .containsExactly("Harbour Gazette");
    }

    @Test
    void frenchRelativeClauseNamesThePublisher() {
        assertThat(Counts.sources("fr", "La préfecture a démenti le site Vallée Infos, qui avait publié le bilan. "
                + "Selon les chiffres publiés, 29 personnes ont été blessées."))
                .containsExactly("Vallée Infos");
    }

    private static final String RU_ALONE = "Согласно опубликованным ранее данным, в городе погибли 37 человек.";
    private static final String EN_ALONE = "According to the figures published earlier, 64 people were killed.";
    private static final String FR_ALONE = "Selon les chiffres publiés, 29 personnes ont été blessées.";

    @Test
    void withoutAPublisherTheFigureKeepsWhatTheSourcePhraseGave() {
        // no earlier sentence names a publisher: the rule stays out of the way
        assertThat(Counts.sources("ru", "Мэр посетил район. " + RU_ALONE)).isEqualTo(Counts.sources("ru", RU_ALONE))
                .doesNotContain("Мэр");
        assertThat(Counts.sources("en", "The mayor visited the district. " + EN_ALONE)).isEqualTo(Counts.sources("en", EN_ALONE))
                .containsExactly((String) null); // data with no author named credit nobody, never their own phrase
        assertThat(Counts.sources("fr", "Le maire a visité le quartier. " + FR_ALONE)).isEqualTo(Counts.sources("fr", FR_ALONE))
                .doesNotContain("Le maire");
    }

    @Test
    void aPublisherOfSomethingElseIsNotCredited() {
        // the newspaper published an interview, not figures
        assertThat(Counts.sources("en", "The Harbour Gazette, which had published an interview, was closed. " + EN_ALONE))
                .isEqualTo(Counts.sources("en", EN_ALONE));
        assertThat(Counts.sources("ru", "Газета Северный Вестник, опубликовавшая интервью, закрыта. " + RU_ALONE))
                .isEqualTo(Counts.sources("ru", RU_ALONE));
    }

    @Test
    void thePublisherNearestBeforeTheFigureWins() {
        assertThat(Counts.sources("en", "The Harbour Gazette published figures on Monday. "
                + "The Coast Guard released new figures on Tuesday. " + EN_ALONE))
                .containsExactly("The Coast Guard");
    }

    @Test
    void aNamedSourceIsUnaffected() {
        assertThat(Counts.sources("en", "The Harbour Gazette, which had published the figures, was closed. "
                + "According to the fire brigade, 64 people were killed."))
                .containsExactly("the fire brigade");
    }

    @Test
    void thePublisherGoesOnCreditingTheRestOfItsParagraph() {
        assertThat(Counts.sources("ru", "Мэрия опровергла сообщения блога Северный Вестник, опубликовавшего статистику.\n"
                + RU_ALONE + " Ранены 140 человек.\nВ соседнем районе ранены 12 человек."))
                .containsExactly("Северный Вестник", "Северный Вестник", null);
        assertThat(Counts.sources("en", "Officials denied a report by the Harbour Gazette, which had published the figures. "
                + EN_ALONE + " Another 210 were injured, police said."))
                .containsExactly("Harbour Gazette", "police");
    }
}
