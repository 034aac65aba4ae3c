package org.newsgraph.annotate.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Data a sentence cites without its author ("according to the report", "selon ces chiffres", "The updated figures
 * show") go to whoever the article says published them; a closing data noun names its author before it ("according
 * to an army statement"); data with no author anywhere credit nobody.
 */
class DataWithoutAuthorTest {
    @Test
    void theReportOfAnEarlierSentenceCreditsItsPublisher() {
        assertThat(Counts.sources("en", "The Marlow Health Board issued a new report on Friday. "
                + "According to the report, 212 people were injured.")).containsExactly("Marlow Health Board");
        assertThat(Counts.sources("en", "The coast guard agency said in a statement that the search went on. "
                + "According to the statement, 19 sailors are missing.")).containsExactly("The coast guard agency");
        assertThat(Counts.sources("fr", "La préfecture de Vérac a publié dimanche un nouveau bilan. "
                + "Selon ces chiffres, 31 personnes ont été blessées.")).containsExactly("Vérac");
        assertThat(Counts.sources("ru", "Штаб Ордынска обнародовал сводку о пострадавших. "
                + "Согласно этим данным, ранены 52 человека.")).containsExactly("Штаб Ордынска");
    }

    @Test
    void dataOpeningTheClauseAsItsSubjectCreditTheirPublisher() {
        assertThat(Counts.sources("en", "The Harlow Red Cross raised the toll to 64 on Monday. "
                + "The updated figures show over 300 people are still missing."))
                .hasSize(2).allSatisfy(s -> assertThat(s).endsWith("Harlow Red Cross"));
    }

    @Test
    void aClosingDataNounNamesItsAuthorBeforeIt() {
        assertThat(Counts.sources("en", "At least 14 people died, according to an army statement.")).containsExactly("army");
        assertThat(Counts.sources("en", "According to the latest UNICEF figures, 40 children were killed."))
                .containsExactly("UNICEF");
        assertThat(Counts.sources("fr", "Au moins 14 personnes sont mortes, selon un communiqué de l'armée."))
                .containsExactly("l'armée");
    }

    @Test
    void dataWithNoAuthorAnywhereCreditNobody() {
        assertThat(Counts.sources("en", "According to the latest official figures, 40 people were killed."))
                .containsOnlyNulls();
        assertThat(Counts.sources("fr", "Selon les chiffres officiels, 300 personnes ont été tuées.")).containsOnlyNulls();
        assertThat(Counts.sources("ru", "По официальным данным, погибли 300 человек.")).containsOnlyNulls();
    }
}
