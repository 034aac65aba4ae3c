package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
    @Test
    void stripsTheKnownSiteNameAtEitherEnd() {
        assertThat(TitleCleaner.clean("Storm closes the bridge | The Coast Daily", Optional.of("The Coast Daily")))
                .isEqualTo("Storm closes the bridge");
        assertThat(TitleCleaner.clean("Coast Daily - Storm closes the bridge", Optional.of("Coast Daily")))
                .isEqualTo("Storm closes the bridge");
    }

    @Test
    void stripsAShortTrailingSegmentWithoutKnowingTheSite() {
        assertThat(TitleCleaner.clean("Storm closes the old bridge — Coast Daily", Optional.empty()))
                .isEqualTo("Storm closes the old bridge");
    }

    @Test
    void keepsHeadlinesWhoseDashIsPartOfTheSentence() {
        assertThat(TitleCleaner.clean("Bridge - closed", Optional.empty())).isEqualTo("Bridge - closed");
        assertThat(TitleCleaner.clean("Storm closes the bridge", Optional.of("Coast Daily")))
                .isEqualTo("Storm closes the bridge");
    }
}
