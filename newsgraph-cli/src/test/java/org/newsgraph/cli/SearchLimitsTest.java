package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query too long to answer rightly is refused in one line (exit 2), never answered with every article. */
class SearchLimitsTest {
    @TempDir
    Path dir;
    private String store;

    @BeforeEach
    void ingest() throws Exception {
        store = dir.resolve("store").toString();
        Path f = Files.writeString(dir.resolve("a.json"), "{\"id\":\"a\",\"text\":\"The bridge of the city was closed on Monday after the storm.\"}");
        Path g = Files.writeString(dir.resolve("b.json"), "{\"id\":\"b\",\"text\":\"The festival opened on Friday with a concert in the park.\"}");
        assertThat(CliRun.of("ingest", "-q", "--store", store, f.toString(), g.toString()).exitCode()).isZero();
    }

    @Test
    void aQueryOfTooManyWordsIsRefused() {
        CliRun run = CliRun.of("search", "--store", store, "bridge ".repeat(1025).strip());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("newsgraph: the query has 1025 words, over the limit of 100: search with fewer "
                + "words (filters like --entity and --measure narrow it too)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void manyAlternativesJoinedByOrAreRefusedWithoutLuceneWords() {
        CliRun run = CliRun.of("search", "--store", store, String.join(" OR ", java.util.Collections.nCopies(300, "bridge")));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the query has 300 words and 299 operators (AND, OR, NOT), over the limit of 100")
                .doesNotContain("maxClauseCount");
    }

    @Test
    void aGiantWordIsRefused() {
        CliRun run = CliRun.of("search", "--store", store, "w".repeat(100_000));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("newsgraph: a word of the query is 100000 characters long, over the limit of 255: "
                + "no stored word is that long; search with shorter words");
    }

    @Test
    void aQueryWithinTheLimitsStillFindsWhatItSays() {
        CliRun run = CliRun.of("search", "--store", store, String.join(" OR ", java.util.Collections.nCopies(50, "bridge")));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("1 article matches");
    }
}
