package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalCommandTest {
    private static final Path OWN_GOLD = Path.of("..", "eval", "own-gold");

    @Test
    void withoutPredictionsTheGoldDirectoryIsAnalysedAndScored() throws Exception {
        CliRun run = CliRun.of("eval", "--json", OWN_GOLD.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode all = new ObjectMapper().readTree(run.out()).get("by_language").get("all");
        assertThat(all.get("entities").get("gold").asInt()).isPositive();
        assertThat(all.get("entities").get("f1").asDouble()).isGreaterThan(0.5);
        assertThat(all.get("figures").get("source_accuracy").isNumber()).isTrue();
        assertThat(run.out()).doesNotContain("articles_without_output\" : [ \"");
    }

    @Test
    void predictionsOfAnotherRunAreScoredAsTheyAre() throws Exception {
        Path fixture = Path.of(EvalCommandTest.class.getResource("/eval").toURI());
        CliRun run = CliRun.of("eval", fixture.resolve("gold").toString(), fixture.resolve("pred").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("no output for broken-pred (unreadable)\nno output for unscored\n[all]\n");
    }

    @Test
    void aMissingDirectoryIsBadUsage() {
        CliRun run = CliRun.of("eval", "no-such-gold-dir");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is not a directory");
    }
}
