package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --format html} writes the article page as one self-contained file: no script, nothing fetched. */
class HtmlReportTest {
    private static final Path EXAMPLE = Path.of("..", "examples", "floods-interview-fr.txt");

    @TempDir
    Path dir;

    @Test
    void writesTheExampleArticlePage() {
        CliRun run = CliRun.of("analyze", "--format", "html", "--published", "2024-04-20", EXAMPLE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy\" content=\"default-src 'none'")
                .contains("<span class=\"quote direct\"").contains("id=\"who-said-what\"").contains("id=\"which-numbers\"")
                .contains("Le Courrier des Steppes").doesNotContain("<script").doesNotContain("<link");
    }

    @Test
    void writesOnePagePerArticleIntoTheOutputDirectory() throws Exception {
        Path input = dir.resolve("strike.json");
        Files.writeString(input, "{\"id\": \"strike-1\", \"title\": \"<b>Strike</b> in Oslo\", "
                + "\"text\": \"The ferry workers of Oslo went on strike, the union said.\"}");
        CliRun run = CliRun.of("analyze", "-q", "--format", "html", "--out", dir.resolve("out").toString(), input.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String page = Files.readString(dir.resolve("out").resolve("strike-1.html"));
        assertThat(page).contains("&lt;b&gt;Strike&lt;/b&gt; in Oslo").doesNotContain("<b>Strike");
    }

    @Test
    void refusesSeveralArticlesOnStandardOutput() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "The harbour of Bergen closed on Monday.");
        Files.writeString(b, "The harbour of Tromsø reopened on Tuesday.");
        CliRun run = CliRun.of("analyze", "--format", "html", a.toString(), b.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--out DIR");
    }
}
