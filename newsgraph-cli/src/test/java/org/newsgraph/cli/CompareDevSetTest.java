package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance check of the corpus issue, on the shared dev set when it is beside the repository (it is never
 * copied into it): the January 2022 Kazakhstan tolls form one group where the 164 is retracted and the 225 of
 * 15 January updates the earlier counts, and the injured figures show the UN's ~1,000 against 4,578.
 */
class CompareDevSetTest {
    /** shared/ beside the checkout (main, CI), or beside the worktrees' folder (helpers' worktrees). */
    private static final Path DEV = Stream.of(Path.of("..", "..", "shared", "gold", "dev"),
            Path.of("..", "..", "..", "shared", "gold", "dev")).filter(Files::isDirectory).findFirst()
            .orElse(Path.of("..", "..", "shared", "gold", "dev"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void kazakhstanTollsAreComparedAcrossSources() throws Exception {
        assumeTrue(Files.isDirectory(DEV), "the shared dev set is not beside the repository");
        List<String> args = new ArrayList<>(List.of("ingest", "--store", dir.toString()));
        try (Stream<Path> files = Files.list(DEV)) {
            files.filter(f -> f.getFileName().toString().endsWith(".input.json")).sorted().forEach(f -> args.add(f.toString()));
        }
        CliRun ingest = CliRun.of(args.toArray(String[]::new));
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        JsonNode killed = compare("killed");
        assertThat(killed.size()).as("one group for January 2022").isEqualTo(1);
        JsonNode group = killed.get(0);
        assertThat(group.get("period").get("from").asText()).startsWith("2022-01");
        List<JsonNode> reports = new ArrayList<>();
        group.get("reports").forEach(reports::add);
        assertThat(reports).anyMatch(r -> r.get("value").asInt() == 164 && r.get("retracted").asBoolean());
        assertThat(reports).allMatch(r -> r.hasNonNull("outlet") && r.hasNonNull("published"));
        boolean updateTo225 = false;
        for (JsonNode rel : group.get("relations")) {
            if (rel.get("type").asText().equals("update")
                    && reports.get(rel.get("to").asInt()).get("value").asInt() == 225
                    && reports.get(rel.get("to").asInt()).get("published").asText().equals("2022-01-15")
                    && reports.get(rel.get("from").asInt()).get("value").asInt() == 164) updateTo225 = true;
        }
        assertThat(updateTo225).as("the 225 of 15 January updates the 164").isTrue();

        JsonNode injured = compare("injured").get(0);
        List<JsonNode> hurt = new ArrayList<>();
        injured.get("reports").forEach(hurt::add);
        boolean unVersusProsecutor = false;
        for (JsonNode rel : injured.get("relations")) {
            int a = hurt.get(rel.get("from").asInt()).get("value").asInt();
            int b = hurt.get(rel.get("to").asInt()).get("value").asInt();
            if (rel.get("type").asText().equals("contradiction") && Math.min(a, b) == 1000 && Math.max(a, b) == 4578) {
                unVersusProsecutor = true;
            }
        }
        assertThat(unVersusProsecutor).as("~1,000 against 4,578 is a contradiction").isTrue();
    }

    private JsonNode compare(String measure) throws Exception {
        CliRun run = CliRun.of("compare", "--store", dir.toString(), "--entity", "Kazakhstan", "--measure", measure,
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out()).get("groups");
    }
}
