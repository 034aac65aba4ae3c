package org.newsgraph.io.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ReadResult;

class WarcArticleReaderTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <html><head><title>Storm hits the coast</title>
            <meta property="article:published_time" content="2030-03-02T08:00:00Z"></head>
            <body><article><h1>Storm hits the coast</h1>
            <p>A violent storm hit the northern coast on Saturday night, the regional authorities said.</p>
            <p>Rescue teams searched the flooded villages until the morning and evacuated several hundred residents.</p>
            <p>The weather service expects the wind to calm down by Monday evening.</p>
            </article></body></html>""";

    private static byte[] http(String status, String contentType, String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + b.length + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.UTF_8);
    }

    private Path warc(boolean gzip) throws Exception {
        Path file = dir.resolve(gzip ? "news.warc.gz" : "news.warc");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
            w.write(new WarcResponse.Builder("https://news.example/storm").date(Instant.parse("2030-03-03T10:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, http("200 OK", "text/html; charset=utf-8", PAGE)).build());
            w.write(new WarcResponse.Builder("https://news.example/logo.png").date(Instant.parse("2030-03-03T10:00:01Z"))
                    .body(MediaType.HTTP_RESPONSE, http("200 OK", "image/png", "not really a png")).build());
            w.write(new WarcResponse.Builder("https://news.example/gone").date(Instant.parse("2030-03-03T10:00:02Z"))
                    .body(MediaType.HTTP_RESPONSE, http("404 Not Found", "text/html", "<p>gone</p>")).build());
        }
        return file;
    }

    @Test
    void readsTheHtmlPagesOfAWarcFileAsArticles() throws Exception {
        for (boolean gzip : new boolean[] {false, true}) {
            Path file = warc(gzip);
            List<ReadResult> results = new ArrayList<>();
            new WarcArticleReader().read(file, results::add);
            assertThat(results).singleElement().satisfies(r -> {
                Article a = r.article().orElseThrow();
                assertThat(a.id()).isEqualTo("https://news.example/storm");
                assertThat(a.url()).contains("https://news.example/storm");
                assertThat(a.body()).contains("Rescue teams searched the flooded villages");
                assertThat(a.publicationDate()).hasValueSatisfying(d -> assertThat(d.toString()).isIn("2030-03-02", "2030-03-03"));
            });
            assertThat(WarcArticleReader.countPages(file)).isEqualTo(1);
        }
    }

    @Test
    void aFileThatIsNotAWarcIsReportedNotThrown() throws Exception {
        Path file = dir.resolve("broken.warc");
        Files.writeString(file, "this is not a WARC file at all");
        List<ReadResult> results = new ArrayList<>();
        new WarcArticleReader().read(file, results::add);
        assertThat(results).allSatisfy(r -> assertThat(r.error()).isPresent());
    }
}
