package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One server for every test class of this JVM (starting one analyses the corpus and builds the pipeline, which is
 * the slow part): a new store in a temporary directory, filled through {@code POST /api/ingest} with the
 * repository's example article, the storm articles and the steppe articles (one visit reported in English, French
 * and Russian) of the test resources, written for these tests. Closed when the JVM ends.
 */
final class SharedServer {
    static final String TOKEN = "test-token-for-the-shared-server";
    static final List<String> STORM = List.of("storm-1", "storm-2", "storm-3", "storm-4", "storm-5", "storm-6");
    static final List<String> STEPPE = List.of("steppe-en", "steppe-fr", "steppe-ru");
    private static NewsgraphServer server;
    private static Path storeDir;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private SharedServer() {
    }

    static synchronized NewsgraphServer get() {
        if (server != null) return server;
        try {
            Path store = Files.createTempDirectory("newsgraph-serve-test");
            ServeOptions options = ServeOptions.defaults(store).withPort(0).withToken(TOKEN).withRates(0, 0);
            NewsgraphServer started = NewsgraphServer.start(options);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                deleteTree(store);
            }));
            String base = "http://127.0.0.1:" + started.port();
            String example = Files.readString(Path.of("../examples/floods-interview-fr.txt"), StandardCharsets.UTF_8);
            String title = example.lines().findFirst().orElseThrow();
            String body = example.substring(example.indexOf("\n\n") + 2);
            ingest(base, "application/json", Api.write(g -> {
                g.writeStartObject();
                g.writeStringField("id", "floods-interview-fr");
                g.writeStringField("published", "2024-04-20");
                g.writeStringField("title", title);
                g.writeStringField("text", body);
                g.writeEndObject();
            }));
            StringBuilder lines = new StringBuilder();
            for (String name : STORM) lines.append(resource("articles/" + name + ".json").strip()).append('\n');
            for (String name : STEPPE) lines.append(resource("articles/" + name + ".json").strip()).append('\n');
            ingest(base, "application/x-ndjson", lines.toString());
            storeDir = store;
            server = started;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared server's store directory (committed state readable with {@code CorpusStore.openReadOnly}). */
    static Path storeDir() {
        get();
        return storeDir;
    }

    static String base() {
        return "http://127.0.0.1:" + get().port();
    }

    private static void ingest(String base, String type, String body) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/api/ingest"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (r.statusCode() != 200 || !r.body().contains("\"failed\" : 0")) {
            throw new IllegalStateException("could not fill the test store: " + r.statusCode() + " " + r.body());
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    static String resource(String name) {
        try (InputStream in = SharedServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: left for the system to clean
        }
    }
}
