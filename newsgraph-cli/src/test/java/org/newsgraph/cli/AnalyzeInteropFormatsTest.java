package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.io.write.FigureCsvFormat;
import org.newsgraph.io.write.gkg.GkgColumns;

/** {@code analyze --format gkg|webanno|csv}, printed and with {@code --out}, on the repository's example article. */
class AnalyzeInteropFormatsTest {
    private static final String EXAMPLE = "../examples/floods-interview-fr.txt";

    @Test
    void gkgPrintsOneRowOfTheGkgColumnsPerArticle() {
        CliRun run = CliRun.of("analyze", "--format", "gkg", "--published", "2024-04-20", EXAMPLE, EXAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        String[] fields = lines.get(0).split("\t", -1);
        assertThat(fields).hasSize(GkgColumns.all().size());
        assertThat(fields[1]).isEqualTo("20240420000000");
        assertThat(fields[10]).as("V2Locations with the FIPS code of Kyrgyzstan").contains("#KG#");
    }

    @Test
    void webannoPrintsAnAnnotationPage() throws Exception {
        CliRun run = CliRun.of("analyze", "-f", "WEBANNO", "--published", "2024-04-20", EXAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode page = new ObjectMapper().readTree(run.out());
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(page.get("items").size()).isGreaterThan(10);
    }

    @Test
    void outWithCsvWritesOneFiguresFileForTheBatchInInputOrder(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("analyze", "-q", "--format", "csv", "--published", "2024-04-20", "--out", dir.toString(),
                EXAMPLE, "../eval/own-gold/" + firstOwnGold());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(dir.resolve("figures.csv"));
        assertThat(lines.get(0)).isEqualTo(String.join(",", FigureCsvFormat.HEADER));
        assertThat(lines.get(1)).startsWith("floods-interview-fr,");
    }

    @Test
    void outWithWebannoWritesOneJsonLdFilePerArticle(@TempDir Path dir) {
        CliRun run = CliRun.of("analyze", "-q", "--format", "webanno", "--out", dir.toString(), EXAMPLE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("floods-interview-fr.jsonld")).exists();
    }

    @Test
    void anUnknownFormatIsAOneLineErrorListingTheFormats() {
        CliRun run = CliRun.of("analyze", "--format", "xml", EXAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Invalid value for option '--format'").contains("gkg").contains("webanno").contains("csv");
    }

    private static String firstOwnGold() throws Exception {
        try (var files = Files.list(Path.of("../eval/own-gold"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".input.json")).sorted().findFirst().orElseThrow();
        }
    }
}
