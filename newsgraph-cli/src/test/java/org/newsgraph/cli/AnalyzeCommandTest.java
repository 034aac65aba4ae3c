package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "floods-interview-fr.txt");
    private static final Path SEED = Path.of("..", "..", "shared", "seed", "article-fr.txt");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Checks a docs/format.md §2 object: required fields, and offsets that point at the text they claim. */
    private static void assertFormat(JsonNode n) {
        for (String f : List.of("id", "lang", "published", "outlet", "title", "text", "entities", "quotes", "figures", "times")) {
            assertThat(n.has(f)).as("field " + f).isTrue();
        }
        String text = n.get("text").asText();
        for (JsonNode e : n.get("entities")) {
            assertThat(e.get("type").asText()).isIn("PERSON", "LOCATION", "ORGANIZATION", "OTHER");
            for (JsonNode m : e.get("mentions")) assertSpan(text, m);
        }
        for (JsonNode q : n.get("quotes")) {
            assertThat(q.get("direct").isBoolean()).isTrue();
            assertThat(q.has("speaker")).isTrue();
        }
        for (JsonNode f : n.get("figures")) {
            assertThat(f.get("value").isNumber()).isTrue();
            assertThat(f.get("measure").asText()).isIn("killed", "injured", "arrested", "missing", "displaced", "evacuated", "participants", "other");
            assertSpan(text, f);
        }
        for (JsonNode t : n.get("times")) assertSpan(text, t);
    }

    private static void assertSpan(String text, JsonNode node) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        assertThat(start).isBetween(0, end);
        assertThat(end).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(start, end)).isEqualTo(node.get("text").asText());
    }

    @Test
    void exampleArticleGivesFormatJsonWithLanguageAndFooterOutlet() throws Exception {
        CliRun run = CliRun.of("analyze", "--format", "json", "--published", "2024-04-20", EXAMPLE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode n = JSON.readTree(run.out());
        assertFormat(n);
        assertThat(n.get("lang").asText()).isEqualTo("fr");
        assertThat(n.get("published").asText()).isEqualTo("2024-04-20");
        assertThat(n.get("outlet").get("name").asText()).isEqualTo("Le Courrier des Steppes");
        assertThat(n.get("outlet").get("evidence").asText()).isEqualTo("footer");
    }

    @Test
    void seedArticleFromTheSharedFolderGivesFormatJson() throws Exception {
        assumeTrue(Files.exists(SEED), "the shared seed article is not beside this checkout");
        CliRun run = CliRun.of("analyze", "--format", "json", "--published", "2022-01-29", SEED.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode n = JSON.readTree(run.out());
        assertFormat(n);
        assertThat(n.get("outlet").get("name").asText()).isEqualTo("News-Front");
    }

    @Test
    void textSummaryIsTheDefault() {
        CliRun run = CliRun.of("analyze", EXAMPLE.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Entities").contains("Quotes").contains("Figures").contains("Times").contains("language fr");
    }

    @Test
    void batchWritesOneFilePerArticleAndCountsFailuresWithoutStopping() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Titre\n\nLe ministre a parlé mardi devant les députés à Bichkek.");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", "--out", out.toString(), good.toString(), empty.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Files.exists(out.resolve("good.json"))).isTrue();
        assertFormat(JSON.readTree(out.resolve("good.json").toFile()));
        assertThat(run.err()).contains("empty.txt is empty").contains("does not exist")
                .contains("analysed 1 of 3 articles, 2 failed");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void badOptionsGetOneLineErrors() {
        CliRun badDate = CliRun.of("analyze", "--published", "yesterday", EXAMPLE.toString());
        assertThat(badDate.exitCode()).isEqualTo(2);
        assertThat(badDate.err().strip()).contains("not an ISO date").doesNotContain("\n");
        CliRun badLang = CliRun.of("analyze", "--lang", "xx", EXAMPLE.toString());
        assertThat(badLang.exitCode()).isEqualTo(2);
        assertThat(badLang.err()).contains("no language pack for --lang 'xx'");
    }
}
