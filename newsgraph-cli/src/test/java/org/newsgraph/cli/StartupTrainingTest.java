package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up caches' training runs go through their commands without a failure, writing only where told. */
class StartupTrainingTest {

    @TempDir
    Path work;

    @Test
    void theAnalyzeFamilyWritesABatchOfTheCheckoutsArticlesInsideTheWorkDirectory() throws IOException {
        int failed = StartupTraining.run(false, Path.of(".."), work);

        assertThat(failed).isZero();
        assertThat(work.resolve("out").resolve("floods-interview-fr.json")).isNotEmptyFile();
        assertThat(work.resolve("out").resolve("own-ru-protest.json")).isNotEmptyFile();
        assertThat(children()).containsExactly("out");
    }

    @Test
    void theStoreFamilyIngestsSearchesAndServesInsideTheWorkDirectory() throws IOException {
        int failed = StartupTraining.run(true, Path.of(".."), work);

        assertThat(failed).isZero();
        assertThat(work.resolve("store")).isDirectory();
        assertThat(children()).containsExactly("store");
    }

    private List<String> children() throws IOException {
        try (var files = Files.list(work)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
