package org.newsgraph.annotate.times;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ZoneInferenceTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Test
    void theOffsetIsTheKnownOneShiftedByTheDifferenceOfTheClocks() {
        LocalDateTime local = LocalDateTime.of(2023, 3, 4, 19, 0);
        LocalDateTime moscow = LocalDateTime.of(2023, 3, 4, 16, 0);
        assertThat(ZoneInference.infer(local, moscow, MOSCOW)).contains(ZoneOffset.ofHours(6));
    }

    @Test
    void clocksOnEitherSideOfMidnight() {
        LocalDateTime local = LocalDateTime.of(2023, 3, 4, 1, 30);
        LocalDateTime moscow = LocalDateTime.of(2023, 3, 4, 22, 30);
        assertThat(ZoneInference.infer(local, moscow, MOSCOW)).contains(ZoneOffset.ofHours(6));
    }

    @Test
    void anOffsetNoZoneHasIsRejected() {
        LocalDateTime local = LocalDateTime.of(2023, 3, 4, 19, 7);
        LocalDateTime moscow = LocalDateTime.of(2023, 3, 4, 16, 0);
        assertThat(ZoneInference.infer(local, moscow, MOSCOW)).isEmpty();
    }

    @Test
    void onlyBracketsAndSeparatorsMakeARestatement() {
        String text = "19h00 (16h00) 19h00 puis 16h00";
        assertThat(ZoneInference.restated(text, 5, 7)).isTrue();
        assertThat(ZoneInference.restated(text, 19, 25)).isFalse();
    }
}
