package org.newsgraph.io.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.ReadResult;

/** Web pages fetched from a server on the loopback interface, started by the test. */
class WebArticleReaderTest {
    private static final String PAGE = """
            <html><head><meta charset="%s"><title>%s</title></head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>%s</h1>
            <p>%s</p>
            <p>The harbour master said the quay would reopen once the wind dropped below gale force.</p>
            <p>Fishing boats stayed in port for a second day while crews checked their moorings.</p>
            </article><footer>© Harbour Gazette</footer></body></html>""";

    private HttpServer server;
    private String base;
    private final AtomicReference<String> userAgent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/news/storm.html", ex -> {
            userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
            send(ex, 200, "text/html; charset=utf-8", page("utf-8", "Storm closes the harbour",
                    "A storm closed the harbour of Bergen on Friday, and ferries were cancelled.").getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/old-address", ex -> {
            ex.getResponseHeaders().add("Location", base + "/news/storm.html");
            send(ex, 301, "text/plain", new byte[0]);
        });
        server.createContext("/ru/news", ex -> send(ex, 200, "text/html", page("windows-1251", "Шторм закрыл порт",
                "Шторм закрыл порт Мурманска в пятницу, паромы отменены.").getBytes(Charset.forName("windows-1251"))));
        server.createContext("/huge", ex -> {
            ex.sendResponseHeaders(200, 0);   // chunked: no length announced, the limit must hold while streaming
            try (OutputStream out = ex.getResponseBody()) {
                byte[] chunk = "<p>more and more text</p>\n".repeat(400).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 200; i++) out.write(chunk);
            } catch (IOException e) {
                // the client hung up at the limit, as it should
            }
        });
        server.createContext("/missing", ex -> send(ex, 404, "text/html", "<p>not here</p>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/photo.jpg", ex -> send(ex, 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2}));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static String page(String charset, String title, String lead) {
        return PAGE.formatted(charset, title, title, lead);
    }

    private static void send(com.sun.net.httpserver.HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private List<ReadResult> read(String url) {
        List<ReadResult> out = new ArrayList<>();
        new WebArticleReader(new UrlFetcher(Duration.ofSeconds(5), Duration.ofSeconds(10), 512 * 1024), new ArticleReader()).read(url, out::add);
        return out;
    }

    @Test
    void aPageIsFetchedWithOurUserAgentAndReadLikeASavedPage() {
        ReadResult r = read(base + "/news/storm.html").get(0);
        assertThat(r.article()).hasValueSatisfying(a -> {
            assertThat(a.id()).isEqualTo("storm");
            assertThat(a.url()).contains(base + "/news/storm.html");
            assertThat(a.title()).contains("Storm closes the harbour");
            assertThat(a.body()).contains("ferries were cancelled").doesNotContain("Home");
        });
        assertThat(userAgent.get()).startsWith("newsgraph/");
    }

    @Test
    void redirectsAreFollowedAndTheArticleKeepsTheFinalUrl() {
        assertThat(read(base + "/old-address").get(0).article()).hasValueSatisfying(a ->
                assertThat(a.url()).contains(base + "/news/storm.html"));
    }

    @Test
    void theCharsetOfTheMetaTagDecodesAPageWhoseHeaderNamesNone() {
        assertThat(read(base + "/ru/news").get(0).article()).hasValueSatisfying(a ->
                assertThat(a.body()).contains("Шторм закрыл порт Мурманска"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWhileItStreams() {
        assertThat(read(base + "/huge").get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("over the 512 KB limit").contains("/huge"));
    }

    @Test
    void errorsAndOtherMediaAreOneLineFailures() {
        assertThat(read(base + "/missing").get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("HTTP 404"));
        assertThat(read(base + "/photo.jpg").get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("image/jpeg", "not an article page"));
        assertThat(read("http://127.0.0.1:1/nothing-listens").get(0).error()).hasValueSatisfying(e -> assertThat(e).startsWith("cannot fetch"));
    }
}
