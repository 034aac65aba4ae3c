package org.newsgraph.spark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad command lines are refused with exit code 2 before Spark starts. */
class NewsgraphSparkArgumentsTest {

    @Test
    void analyzeNeedsAnInputAndAnOutput() {
        assertThat(NewsgraphSpark.execute("analyze", "only-one-path")).isEqualTo(2);
    }

    @Test
    void publicationDateMustBeIso() {
        assertThat(NewsgraphSpark.execute("analyze", "--published", "yesterday", "in.jsonl", "out")).isEqualTo(2);
    }

    @Test
    void languageMustHaveAPack() {
        assertThat(NewsgraphSpark.execute("analyze", "--lang", "xx", "in.jsonl", "out")).isEqualTo(2);
    }

    @Test
    void unknownFormatAndMeasureAreRefused() {
        assertThat(NewsgraphSpark.execute("analyze", "--format", "xml", "in.jsonl", "out")).isEqualTo(2);
        assertThat(NewsgraphSpark.execute("compare", "--measure", "deaths", "in", "out")).isEqualTo(2);
    }

    @Test
    void analyzeUsageNamesTheInputsAndTheOutputOnce() {
        String usage = new picocli.CommandLine(new NewsgraphSpark()).getSubcommands().get("analyze").getUsageMessage();
        assertThat(usage).contains("newsgraph spark analyze [OPTIONS] IN... OUT").doesNotContain("OUT IN");
    }
}
