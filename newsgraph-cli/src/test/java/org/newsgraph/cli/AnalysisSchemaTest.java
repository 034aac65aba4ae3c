package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output contract: every analysis of the repository's own articles validates against docs/analysis.schema.json. */
class AnalysisSchemaTest {
    private static final Path SCHEMA = Path.of("..", "docs", "analysis.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    /** The articles of the repository: the examples and our own evaluation set. */
    private static List<String> corpus() throws IOException {
        List<String> files = new ArrayList<>();
        for (Path dir : List.of(Path.of("..", "examples"), Path.of("..", "eval", "own-gold"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.map(Path::toString).filter(f -> f.endsWith(".txt") || f.endsWith(".input.json")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void everyAnalysisOfTheTestCorpusFollowsTheSchema(@TempDir Path out) throws IOException {
        List<String> files = corpus();
        assertThat(files).hasSizeGreaterThan(5);
        List<String> args = new ArrayList<>(List.of("analyze", "--published", "2024-04-20", "--out", out.toString()));
        args.addAll(files);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> written = Files.list(out)) {
            List<Path> analyses = written.sorted().toList();
            assertThat(analyses).hasSize(files.size());
            for (Path p : analyses) {
                JsonNode n = JSON.readTree(p.toFile());
                assertThat(schema.validate(n)).as(p.getFileName().toString()).isEmpty();
                assertOffsetsPointIntoText(n);
            }
        }
    }

    @Test
    void theSchemaRejectsWhatTheFormatForbids() throws IOException {
        JsonNode good = JSON.readTree("""
                {"id": "a", "lang": "en", "published": null, "url": null, "outlet": null, "title": null,
                 "text": "Storm", "body": "Storm", "entities": [], "quotes": [], "times": [], "events": [], "framing": [],
                 "figures": [{"value": 3, "approximate": false, "measure": "killed", "text": "3", "start": 0, "end": 1,
                              "source": null, "part_of": null, "bound": null}]}""");
        assertThat(schema.validate(good)).isEmpty();
        List<Error> badMeasure = schema.validate(JSON.readTree(good.toString().replace("\"killed\"", "\"deaths\"")));
        List<Error> negative = schema.validate(JSON.readTree(good.toString().replace("\"start\":0", "\"start\":-1")));
        List<Error> noText = schema.validate(JSON.readTree(good.toString().replace("\"text\":\"Storm\",", "")));
        assertThat(badMeasure).isNotEmpty();
        assertThat(negative).isNotEmpty();
        assertThat(noText).isNotEmpty();
    }

    /** What a schema cannot say: each span's text is the text at its offsets. */
    private static void assertOffsetsPointIntoText(JsonNode n) {
        String text = n.get("text").asText();
        List<JsonNode> spans = new ArrayList<>();
        n.get("entities").forEach(e -> e.get("mentions").forEach(spans::add));
        n.get("quotes").forEach(spans::add);
        n.get("figures").forEach(spans::add);
        n.get("times").forEach(spans::add);
        n.get("events").forEach(spans::add);
        n.get("framing").forEach(spans::add);
        for (JsonNode s : spans) {
            int start = s.get("start").asInt();
            int end = s.get("end").asInt();
            assertThat(end).isBetween(start, text.length());
            if (!s.has("direct")) assertThat(text.substring(start, end)).isEqualTo(s.get("text").asText());
        }
    }
}
