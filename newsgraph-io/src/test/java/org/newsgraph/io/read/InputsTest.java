package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @Test
    void aDirectoryIsWalkedForEveryKnownKindAndEachKindIsReadByItsReader(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("one.txt"), "Bridge reopened\n\nThe old bridge reopened to traffic on Monday.");
        Files.writeString(dir.resolve("two.jsonl"), """
                {"id": "j1", "text": "The council met on Tuesday to vote on the budget."}
                {"id": "j2", "text": "Snow closed the mountain pass for a day."}
                """);
        Files.writeString(dir.resolve("news.rss"), "<rss version=\"2.0\"><channel>"
                + "<item><title>Mill</title><description>The mill stopped work for the harvest.</description></item>"
                + "<item><title>Fair</title><description>The autumn fair drew crowds from the valley.</description></item>"
                + "</channel></rss>");
        Files.writeString(dir.resolve("notes.csv"), "not,an,article");
        Files.writeString(dir.resolve(".hidden.txt"), "Hidden files are skipped.");

        List<String> files = Inputs.expand(List.of(dir.toString()));
        assertThat(files).extracting(f -> Path.of(f).getFileName().toString()).containsExactly("news.rss", "one.txt", "two.jsonl");
        assertThat(Inputs.countArticles(files)).isEqualTo(5);

        List<ReadResult> read = new ArrayList<>();
        Inputs inputs = new Inputs();
        for (String f : files) inputs.read(f, read::add);
        assertThat(read).hasSize(5).allSatisfy(r -> assertThat(r.article()).isPresent());
        assertThat(read).extracting(r -> r.article().orElseThrow().title().orElse(""))
                .containsExactly("Mill", "Fair", "Bridge reopened", "", "");
    }

    @Test
    void gzippedJsonLinesAreReadAndBzippedOnesAreRefusedWithAHint(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("day.jsonl.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"id\": \"g1\", \"text\": \"The ferry sailed at dawn.\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path bz = Files.write(dir.resolve("day.jsonl.bz2"), new byte[] {'B', 'Z', 'h'});
        List<ReadResult> read = new ArrayList<>();
        new Inputs().read(gz.toString(), read::add);
        new Inputs().read(bz.toString(), read::add);
        assertThat(read.get(0).article().orElseThrow().id()).isEqualTo("g1");
        assertThat(read.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("bunzip2"));
    }
}
