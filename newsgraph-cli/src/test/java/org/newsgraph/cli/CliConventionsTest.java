package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users of jq, curl and trafilatura expect from a command line. */
class CliConventionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path article(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void withoutFileAPipedStandardInputIsRead() {
        CliRun run = CliRun.withStdin("Ferry late\n\nThe morning ferry to Bergen left two hours late on Monday.".getBytes(StandardCharsets.UTF_8),
                "analyze", "-f", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"title\" : \"Ferry late\"");
    }

    @Test
    void formatNamesAreCaseInsensitiveAndJsonlIsOneCompactLinePerArticle() throws IOException {
        Path a = article("a.txt", "The council of Lyon met on Tuesday.");
        Path b = article("b.txt", "Snow closed the pass near Grenoble on Friday.");
        CliRun lines = CliRun.of("analyze", "--format", "JSONL", a.toString(), b.toString());
        assertThat(lines.exitCode()).as(lines.err()).isZero();
        String[] rows = lines.out().strip().split("\n");
        assertThat(rows).hasSize(2);
        for (String row : rows) assertThat(JSON.readTree(row).get("id").asText()).isIn("a", "b");

        CliRun single = CliRun.of("analyze", "-f", "jsonl", a.toString());
        assertThat(single.out().strip()).doesNotContain("\n");

        CliRun array = CliRun.of("analyze", "-f", "Json", a.toString(), b.toString());
        JsonNode all = JSON.readTree(array.out());
        assertThat(all.isArray()).isTrue();
        assertThat(all).hasSize(2);
    }

    @Test
    void shortFlagsQuietAndVerbose() throws IOException {
        Path a = article("a.txt", "The council of Lyon met on Tuesday.");
        Path b = article("b.txt", "Snow closed the pass near Grenoble on Friday.");
        CliRun quiet = CliRun.of("analyze", "-q", "-o", dir.resolve("out").toString(), a.toString(), b.toString());
        assertThat(quiet.exitCode()).isZero();
        assertThat(quiet.err()).isEmpty();
        assertThat(dir.resolve("out").resolve("b.json")).exists();

        CliRun verbose = CliRun.of("analyze", "--verbose", "-o", dir.resolve("out2").toString(), a.toString(), b.toString());
        assertThat(verbose.err()).contains("a.txt → a (en)").contains("b.txt → b (en)").contains("analysed 2 of 2 articles");
    }

    @Test
    void aBadOptionValueIsOneLineAndAHintNotTheWholeUsage() throws IOException {
        Path a = article("a.txt", "The council of Lyon met on Tuesday.");
        CliRun run = CliRun.of("analyze", "--format", "xml", a.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().split("\n")).hasSize(2);
        assertThat(run.err()).contains("newsgraph: Invalid value for option '--format'").contains("Try 'newsgraph analyze --help'")
                .doesNotContain("Usage:");
        CliRun typo = CliRun.of("analyze", "--fromat", "json", a.toString());
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("Unknown option: '--fromat'").contains("Try 'newsgraph analyze --help'").doesNotContain("Usage:");
    }

    @Test
    void aUrlIsFetchedAndAnalysed() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] page = ("<html><head><title>Quay reopened</title></head><body><article><h1>Quay reopened</h1>"
                + "<p>The new quay of Tromsø reopened on Saturday after two years of works, the port authority said.</p>"
                + "<p>Fishing boats returned to their old berths within hours.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        server.createContext("/port/quay.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/port/quay.html";
            CliRun run = CliRun.of("analyze", "-f", "json", url);
            assertThat(run.exitCode()).as(run.err()).isZero();
            JsonNode n = JSON.readTree(run.out());
            assertThat(n.get("id").asText()).isEqualTo("quay");
            assertThat(n.get("url").asText()).isEqualTo(url);
            assertThat(n.get("title").asText()).isEqualTo("Quay reopened");
        } finally {
            server.stop(0);
        }
    }
}
