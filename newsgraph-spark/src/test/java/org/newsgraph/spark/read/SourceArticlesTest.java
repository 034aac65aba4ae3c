package org.newsgraph.spark.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.io.read.InputKind;
import org.newsgraph.io.read.ReadResult;

class SourceArticlesTest {
    private final SourceArticles source = new SourceArticles();

    @Test
    void recordKeepsItsOwnIdAndFields() {
        ReadResult r = source.jsonLine("{\"id\": \"r-7\", \"published\": \"2024-03-01\", \"text\": \"The ferry sailed at dawn.\"}",
                "file:/data/day.jsonl");
        assertThat(r.article()).hasValueSatisfying(a -> {
            assertThat(a.id()).isEqualTo("r-7");
            assertThat(a.published()).contains("2024-03-01");
        });
    }

    @Test
    void recordWithoutIdIsNamedAfterItsFileAndTheSameLineAlwaysGetsTheSameId() {
        String line = "{\"text\": \"The ferry sailed at dawn.\"}";
        String id = source.jsonLine(line, "hdfs://nn/corpus/day-01.jsonl.gz").article().orElseThrow().id();
        assertThat(id).startsWith("day-01-").hasSize("day-01-".length() + 12);
        assertThat(source.jsonLine(line, "hdfs://nn/corpus/day-01.jsonl.gz").article().orElseThrow().id()).isEqualTo(id);
        assertThat(source.jsonLine("{\"text\": \"The ferry sailed at noon.\"}", "hdfs://nn/corpus/day-01.jsonl.gz")
                .article().orElseThrow().id()).isNotEqualTo(id);
    }

    @Test
    void badLinesAreFailuresWithAReason() {
        assertThat(source.jsonLine("{\"id\": 1, ", "x.jsonl").error()).hasValueSatisfying(e -> assertThat(e).contains("x.jsonl", "not valid JSON"));
        assertThat(source.jsonLine("{\"id\": \"q\"}", "x.jsonl").error()).hasValueSatisfying(e -> assertThat(e).contains("neither \"text\" nor \"html\""));
    }

    @Test
    void singleArticleFilesAreReadLikeTheCommandLineReadsThem() throws IOException {
        byte[] txt = "Harbour closed\n\nThe harbour closed for the storm.".getBytes(StandardCharsets.UTF_8);
        List<ReadResult> out = new ArrayList<>();
        source.file("s3a://bucket/in/harbour.txt", InputKind.SINGLE_ARTICLE, new ByteArrayInputStream(txt)).forEachRemaining(out::add);
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.article().orElseThrow().id()).isEqualTo("harbour");
            assertThat(r.article().orElseThrow().title()).contains("Harbour closed");
        });
    }

    @Test
    void feedFilesGiveOneArticlePerItemAsTheCommandLineReadsThem() throws IOException {
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Port news</title>"
                + "<item><title>Ferry late</title><link>https://port.example/1</link>"
                + "<description>The morning ferry left two hours late because of fog.</description></item>"
                + "<item><title>Quay rebuilt</title><link>https://port.example/2</link>"
                + "<description>Workers finished the new quay on Friday.</description></item>"
                + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
        List<ReadResult> out = new ArrayList<>();
        source.file("hdfs://nn/feeds/port.rss", InputKind.FEED, new ByteArrayInputStream(rss)).forEachRemaining(out::add);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).article().orElseThrow().url()).contains("https://port.example/1");
        assertThat(out.get(1).article().orElseThrow().title()).contains("Quay rebuilt");
    }
}
