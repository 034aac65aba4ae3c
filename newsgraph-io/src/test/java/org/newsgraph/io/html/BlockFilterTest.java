package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockFilterTest {
    @Test
    void recognisesDatelinesInAnyLanguage() {
        assertThat(BlockFilter.isDateline("Updated 9:05 am EST, Tuesday, March 3, 2020")).isTrue();
        assertThat(BlockFilter.isDateline("mardi 3 mars 2020 à 09h05")).isTrue();
        assertThat(BlockFilter.isDateline("3 марта 2020, 09:05")).isTrue();
        assertThat(BlockFilter.isDateline("by Ann Lee, March 3, 2020")).isTrue();
    }

    @Test
    void dropsTheBylineLineButNotASentenceNamingTheAuthor() {
        BlockFilter filter = new BlockFilter(Optional.of("Ferry terminal opens"), Optional.of("Harbour Press"));

        List<String> kept = filter.filter(List.of(
                new BlockTextWriter.Block("By Harbour Press staff", false),
                new BlockTextWriter.Block("Ferry terminal opens", false),
                new BlockTextWriter.Block("The terminal opened on Tuesday.", false),
                new BlockTextWriter.Block("Harbour Press contributed to this report.", false)));

        assertThat(kept).containsExactly("The terminal opened on Tuesday.", "Harbour Press contributed to this report.");
    }

    @Test
    void keepsDatesQuotedFromEmbeddedPosts() {
        BlockFilter filter = new BlockFilter(Optional.empty(), Optional.empty());

        assertThat(filter.filter(List.of(new BlockTextWriter.Block("— A Resident (@resident) March 3, 2020", true))))
                .hasSize(1);
    }

    @Test
    void keepsSentencesAndHeadingsThatMentionDates() {
        assertThat(BlockFilter.isDateline("The vote was moved to March 3, 2020 by the council.")).isFalse();
        assertThat(BlockFilter.isDateline("Best ferry routes of 2020")).isFalse();
        assertThat(BlockFilter.isDateline("The terminal opened at 9:05 on Tuesday morning, two hours after the "
                + "first passengers arrived")).isFalse();
    }
}
