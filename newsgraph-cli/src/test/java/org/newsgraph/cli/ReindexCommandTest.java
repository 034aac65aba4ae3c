package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** reindex after ingest: nothing is stale under the same versions; --all re-analyses every article. */
class ReindexCommandTest {
    @TempDir
    Path dir;

    @Test
    void aStoreOfTheCurrentVersionsIsLeftAloneUnlessAllIsAsked() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Floods in the valley\n\nThe floods killed 14 people on Monday, the mayor said.");
        Files.writeString(dir.resolve("b.txt"), "Fire in the port\n\nA fire in the port injured 6 workers, firefighters said.");
        String store = dir.resolve("store").toString();
        CliRun ingest = CliRun.of("ingest", "-q", "--store", store, dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        CliRun current = CliRun.of("reindex", "--store", store);
        assertThat(current.exitCode()).as(current.err()).isZero();
        assertThat(current.err()).contains("re-analysing 0 of 2 articles (now engine=")
                .contains("re-analysed 0, already current 2, failed 0");

        CliRun all = CliRun.of("reindex", "--all", "--store", store);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.err()).contains("re-analysed 2 of 2").contains("re-analysed 2, already current 0, failed 0; the store holds 2 articles");

        CliRun search = CliRun.of("search", "--store", store, "--measure", "killed", "*");
        assertThat(search.out()).startsWith("1 article matches");
    }
}
