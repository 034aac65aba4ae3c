package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Article;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private List<ReadResult> read(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        List<ReadResult> out = new ArrayList<>();
        new ArticleReader().read(p.toString(), out::add);
        return out;
    }

    @Test
    void textFileIdIsItsNameAndFirstLineItsTitle() throws Exception {
        Article a = read("crue-2024.txt", "Crue à Och\n\nLes eaux montent depuis mardi.").get(0).article().orElseThrow();
        assertThat(a.id()).isEqualTo("crue-2024");
        assertThat(a.title()).contains("Crue à Och");
        assertThat(a.body()).isEqualTo("Les eaux montent depuis mardi.");
    }

    @Test
    void jsonRecordKeepsItsFieldsAndGoldNamesLoseTheInputSuffix() throws Exception {
        Article a = read("k.input.json", "{\"url\":\"https://x.example/a\",\"published\":\"2022-01-15\",\"text\":\"Titre\\n\\nCorps du texte.\"}")
                .get(0).article().orElseThrow();
        assertThat(a.id()).isEqualTo("k");
        assertThat(a.url()).contains("https://x.example/a");
        assertThat(a.published()).contains("2022-01-15");
        assertThat(a.title()).contains("Titre");
    }

    @Test
    void jsonLinesReportBadLinesAndGoOn() throws Exception {
        List<ReadResult> r = read("batch.jsonl", "{\"id\":\"a\",\"text\":\"Un.\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"Deux.\"}\n");
        assertThat(r).hasSize(4);
        assertThat(r.get(0).article()).isPresent();
        assertThat(r.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("batch.jsonl:2").contains("not valid JSON"));
        assertThat(r.get(2).error()).hasValueSatisfying(e -> assertThat(e).contains("neither \"text\" nor \"html\""));
        assertThat(r.get(3).article().orElseThrow().id()).isEqualTo("d");
    }

    @Test
    void fiftyMegabyteFileIsRefusedWithItsRealSize() throws Exception {
        Path big = dir.resolve("big.txt");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        List<ReadResult> out = new ArrayList<>();
        new ArticleReader().read(big.toString(), out::add);
        assertThat(out.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("is 50.0 MB").contains("split it"));
    }

    @Test
    void missingFileSaysSo() {
        List<ReadResult> out = new ArrayList<>();
        new ArticleReader().read(dir.resolve("absent.txt").toString(), out::add);
        assertThat(out.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("does not exist"));
    }

    @Test
    void malformedJsonSaysWhereAndWhatToDo() throws Exception {
        assertThat(read("bad.json", "{\"text\": \"unterminated").get(0).error())
                .hasValueSatisfying(e -> assertThat(e).contains("not valid JSON").contains("fix the record"));
    }

    @Test
    void recordCarryingHtmlIsExtracted() throws Exception {
        String html = "<html><head><title>Crue</title></head><body><nav><a href='/'>Accueil</a></nav>"
                + "<article><p>Les eaux de la rivière ont envahi trois villages pendant la nuit de lundi à mardi.</p>"
                + "<p>Les secours ont évacué les habitants des maisons les plus exposées.</p></article></body></html>";
        String record = "{\"id\":\"h\",\"html\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(html) + "}";
        Article a = read("h.json", record).get(0).article().orElseThrow();
        assertThat(a.body()).contains("Les eaux de la rivière").doesNotContain("Accueil");
    }
}
