package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up cache's training run goes through every everyday command without a failure, writing only where told. */
class StartupTrainingTest {

    @TempDir
    Path work;

    @Test
    void everyCommandRunsOnTheCheckoutsArticlesInsideTheWorkDirectory() throws IOException {
        int failed = StartupTraining.run(Path.of(".."), work);

        assertThat(failed).isZero();
        assertThat(work.resolve("out").resolve("floods-interview-fr.json")).isNotEmptyFile();
        assertThat(work.resolve("out").resolve("own-ru-protest.json")).isNotEmptyFile();
        assertThat(work.resolve("store")).isDirectory();
        try (var files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("out", "store");
        }
    }
}
