package org.newsgraph.io.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void aKnownTotalDrawsABarTheCountAndAnEstimate() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 40, "x", true);
        assertThat(bar.line(10, 2.0)).isEqualTo("[#######                       ] 10/40  5.0 articles/s ETA 6s");
    }

    @Test
    void anUnknownTotalShowsTheCountAndRateOnly() {
        ProgressBar bar = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), 0, "x", true);
        assertThat(bar.line(300, 10)).isEqualTo("300 articles  30 articles/s");
    }

    @Test
    void aDisabledBarPrintsNothing() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(err, true, StandardCharsets.UTF_8), 5, "label", false);
        for (int i = 1; i <= 5; i++) bar.update(i);
        bar.finish();
        assertThat(err.size()).isZero();
    }
}
