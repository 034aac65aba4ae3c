package org.newsgraph.io.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ReadResult;

/** Reading WARC streams lazily: what becomes an article, dates, legacy charsets, damaged files. */
class WarcPagesTest {
    private static final Instant CAPTURED = Instant.parse("2024-05-03T09:30:00Z");

    private static void writeResponse(WarcWriter w, String url, int status, String contentType, byte[] body, Instant date) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(contentType), body).build();
        w.write(new WarcResponse.Builder(URI.create(url)).date(date).body(http).build());
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + body
                + "</p></article></body></html>";
    }

    private static List<ReadResult> read(byte[] warc) throws IOException {
        List<ReadResult> out = new ArrayList<>();
        try (WarcPages articles = new WarcArticleReader().pages("crawl.warc.gz", new java.io.ByteArrayInputStream(warc))) {
            articles.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void htmlPagesBecomeArticlesAndEverythingElseIsSkipped() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            w.write(new WarcRequest.Builder(URI.create("https://a.example.org/story"))
                    .body(new HttpRequest.Builder("GET", "/story").build()).build());
            writeResponse(w, "https://a.example.org/story", 200, "text/html; charset=utf-8",
                    page("Bridge reopens", "The old bridge over the river reopened to traffic this morning.")
                            .getBytes(StandardCharsets.UTF_8), CAPTURED);
            writeResponse(w, "https://a.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, CAPTURED);
            writeResponse(w, "https://a.example.org/old", 301, "text/html", "<a href=/new>moved</a>".getBytes(StandardCharsets.UTF_8), CAPTURED);
            writeResponse(w, "https://a.example.org/gone", 404, "text/html", page("Not found", "No such page.").getBytes(StandardCharsets.UTF_8), CAPTURED);
        }
        List<ReadResult> results = read(bytes.toByteArray());

        assertThat(results).hasSize(1);
        Article a = results.get(0).article().orElseThrow();
        assertThat(a.id()).isEqualTo("https://a.example.org/story");
        assertThat(a.url()).contains("https://a.example.org/story");
        assertThat(a.text()).contains("The old bridge over the river reopened");
    }

    @Test
    void pageWithoutPublicationDateIsAnchoredOnTheCaptureDate() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
            writeResponse(w, "https://b.example.org/n", 200, "text/html",
                    page("Market day", "Stalls filled the square on Saturday.").getBytes(StandardCharsets.UTF_8), CAPTURED);
        }
        Article a = read(bytes.toByteArray()).get(0).article().orElseThrow();
        assertThat(a.published()).contains("2024-05-03");
        assertThat(a.publicationDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2024-05-03"));
    }

    @Test
    void legacyEncodingFromTheHeaderOrTheMetaTagIsDecoded() throws IOException {
        String russian = "Мост через реку снова открыт для движения.";
        Charset cp1251 = Charset.forName("windows-1251");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            writeResponse(w, "https://c.example.ru/1", 200, "text/html; charset=windows-1251",
                    page("Мост", russian).getBytes(cp1251), CAPTURED);
            String withMeta = page("Мост", russian).replace("<head>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">");
            writeResponse(w, "https://c.example.ru/2", 200, "text/html", withMeta.getBytes(cp1251), CAPTURED);
        }
        List<ReadResult> results = read(bytes.toByteArray());
        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r.article().orElseThrow().text()).contains(russian));
    }

    @Test
    void truncatedFileKeepsTheRecordsReadAndReportsTheRest() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
            for (int i = 0; i < 3; i++) {
                writeResponse(w, "https://d.example.org/" + i, 200, "text/html",
                        page("Item " + i, "A short report number " + i + " about the harbour.").getBytes(StandardCharsets.UTF_8), CAPTURED);
            }
        }
        byte[] all = bytes.toByteArray();
        byte[] cut = Arrays.copyOf(all, all.length - 120);
        List<ReadResult> results = read(cut);
        assertThat(results.stream().filter(r -> r.article().isPresent())).hasSizeGreaterThanOrEqualTo(2);
        assertThat(results.stream().filter(r -> r.article().isEmpty())).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void notAWarcFileIsReportedNotThrown() {
        InputStream junk = new java.io.ByteArrayInputStream("this is not a WARC file\n".repeat(20).getBytes(StandardCharsets.UTF_8));
        List<ReadResult> out = new ArrayList<>();
        try (WarcPages articles = new WarcArticleReader().pages("junk.warc", junk)) {
            articles.forEachRemaining(out::add);
        } catch (IOException e) {
            out.add(ReadResult.failed("junk.warc", e.getMessage()));
        }
        assertThat(out).allSatisfy(r -> assertThat(r.article()).isEmpty());
    }
}
