package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Page reading seen from the output: the pages of the io module's tests, analysed end to end. */
class PageReadingTest {
    private static final Path PAGES = Path.of("..", "newsgraph-io", "src", "test", "resources", "pages");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode analyse(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void aWireNamedInTheBylineIsCreditedOnTheOutlet() throws Exception {
        JsonNode n = analyse("analyze", "-f", "json", PAGES.resolve("port-gazette-fr.html").toString());
        assertThat(n.get("outlet").get("name").asText()).isEqualTo("La Gazette du Port");
        assertThat(n.get("outlet").get("wires").toString()).contains("Agence France-Presse");
        assertThat(n.get("title").asText()).isEqualTo("Grève sur le port : les dockers bloquent les terminaux");
        assertThat(n.get("quotes").get(0).get("text").asText()).startsWith("Nous ne reprendrons pas");
    }

    @Test
    void theVisibleDateAndTheOutletOfTitleAndFooterAreRead() throws Exception {
        JsonNode n = analyse("analyze", "-f", "json", PAGES.resolve("steppe-herald-ru.html").toString());
        assertThat(n.get("published").asText()).isEqualTo("2022-01-07T21:15");
        assertThat(n.get("outlet").get("name").asText()).isEqualTo("Steppe Herald");
        assertThat(n.get("outlet").get("evidence").asText()).isEqualTo("metadata");
    }

    @Test
    void aDatelineIsNotPartOfTheFirstQuoteAndACreditIsNoTitle(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("strike.txt"), "(ANNA KOVAL / HARBOUR PHOTOS VIA AFP)\n\n"
                + "Tromsø [Norway], March 3 : The strike at the port is over, the dockers' union said on Tuesday.\n\n"
                + "Ships queued outside the harbour for two days.");
        JsonNode n = analyse("analyze", "-f", "json", "--published", "2030-03-03", text.toString());
        assertThat(n.get("title").isNull()).isTrue();
        assertThat(n.get("quotes").get(0).get("text").asText()).startsWith("The strike at the port is over");
    }
}
