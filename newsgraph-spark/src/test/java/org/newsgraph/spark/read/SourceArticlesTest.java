package org.newsgraph.spark.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
    void fileKindsAreToldByName() {
        assertThat(InputKind.of("CC-NEWS-20240501.warc.gz")).contains(InputKind.WARC);
        assertThat(InputKind.of("crawl.warc")).contains(InputKind.WARC);
        assertThat(InputKind.of("day.jsonl.gz")).contains(InputKind.JSON_LINES);
        assertThat(InputKind.of("day.ndjson")).contains(InputKind.JSON_LINES);
        assertThat(InputKind.of("a.input.json")).contains(InputKind.SINGLE_ARTICLE);
        assertThat(InputKind.of("page.html")).contains(InputKind.SINGLE_ARTICLE);
        assertThat(InputKind.of("part-0000.parquet")).isEmpty();
        assertThat(InputKind.of("_SUCCESS")).isEmpty();
    }
}
