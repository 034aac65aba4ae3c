package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest → search → compare → stories through the command line, on articles written for this test. */
class StoreCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void article(String path, String id, String published, String title, String text) throws Exception {
        Path f = dir.resolve("in").resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, JSON.writeValueAsString(JSON.createObjectNode().put("id", id)
                .put("url", "https://news.example/" + id).put("published", published).put("title", title).put("text", text)));
    }

    @Test
    void ingestSearchCompareAndStoriesWorkTogether() throws Exception {
        article("a/storm-1.json", "storm-1", "2030-03-02", "Storm in Norway",
                "At least 40 people were killed when a storm hit Norway on Saturday, the police said.");
        article("a/b/storm-2.json", "storm-2", "2030-03-06", "Storm toll rises",
                "The storm that hit Norway last week killed 58 people, the police said on Wednesday.");
        article("c/budget.json", "budget", "2030-03-03", "Budget vote",
                "The parliament of Norway voted the budget on Monday after a long debate.");
        Files.writeString(dir.resolve("in").resolve("broken.json"), "{ not json");
        String store = dir.resolve("store").toString();
        String input = dir.resolve("in").toString();

        CliRun first = CliRun.of("ingest", "--store", store, input);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);        // the broken file failed
        assertThat(first.err()).contains("ingested 3, duplicates 0, failed 1").contains("broken.json");

        CliRun again = CliRun.of("ingest", "--store", store, dir.resolve("in").resolve("a").toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.err()).contains("ingested 0, duplicates 2, failed 0").contains("the store holds 3 articles");

        CliRun search = CliRun.of("search", "--store", store, "--format", "json", "storm");
        assertThat(search.exitCode()).as(search.err()).isZero();
        JsonNode hits = JSON.readTree(search.out());
        assertThat(hits.get("total").asInt()).isEqualTo(2);
        assertThat(hits.get("hits").get(0).get("snippet").asText()).containsIgnoringCase("storm");

        CliRun filtered = CliRun.of("search", "--store", store, "--from", "2030-03-05", "*");
        assertThat(filtered.out()).startsWith("1 article matches").contains("storm-2");

        CliRun compare = CliRun.of("compare", "--store", store, "--format", "json", "--measure", "killed");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        JsonNode groups = JSON.readTree(compare.out()).get("groups");
        assertThat(groups.isArray()).isTrue();
        for (JsonNode g : groups) {
            assertThat(g.get("measure").asText()).isEqualTo("killed");
            for (JsonNode r : g.get("reports")) assertThat(r.get("article").asText()).startsWith("storm-");
        }

        CliRun stories = CliRun.of("stories", "--store", store, "--min-articles", "1", "--format", "json");
        assertThat(stories.exitCode()).as(stories.err()).isZero();
        assertThat(JSON.readTree(stories.out()).get("stories").size()).isBetween(2, 3);
    }

    @Test
    void badOptionsAndMissingStoresSayWhatToDo() {
        CliRun measure = CliRun.of("compare", "--store", dir.toString(), "--measure", "kiled");
        assertThat(measure.exitCode()).isEqualTo(2);
        assertThat(measure.err()).contains("unknown --measure 'kiled'").contains("killed");

        CliRun missing = CliRun.of("search", "--store", dir.resolve("nothing").toString(), "x");
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("newsgraph ingest --store");

        CliRun date = CliRun.of("search", "--store", dir.toString(), "--from", "March 3");
        assertThat(date.exitCode()).isEqualTo(2);
        assertThat(date.err()).contains("is not an ISO date");
    }

    @Test
    void ingestReadsPlacesFromTheLocalKnowledgeBaseGivenWithKb() throws Exception {
        Path cities = dir.resolve("cities.txt");
        Files.writeString(cities, String.join("\t", "777", "Tuzkol", "Tuzkol", "Тузколь", "43.1", "79.2", "P", "PPL", "KZ",
                "", "01", "", "", "", "12000", "", "900", "Asia/Almaty", "2020-01-01") + "\n");
        Path kb = dir.resolve("kb");
        assertThat(CliRun.of("kb", "import-geonames", cities.toString(), "--kb", kb.toString()).exitCode()).isZero();
        article("t/lake.json", "lake", "2030-05-01", "Lake festival", "Hundreds of visitors came to Tuzkol on Sunday for the lake festival.");
        Path store = dir.resolve("store-kb");

        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "--kb", kb.toString(), dir.resolve("in").resolve("t").toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        try (org.newsgraph.store.CorpusStore s = org.newsgraph.store.CorpusStore.openReadOnly(store)) {
            assertThat(s.json("lake")).hasValueSatisfying(json -> assertThat(json).contains("geonames:777"));
        }
    }
}
