import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loopback load test of `newsgraph serve` (run by scripts/load-test; never in CI). For 1, 2, 4, 8, 16 and 32
 * concurrent clients it sends each endpoint a bounded number of requests (and stops a level after a time cap),
 * then prints p50/p99 latency and throughput as a Markdown table. Only 127.0.0.1 is ever addressed.
 *
 * Usage: java scripts/LoopbackLoad.java PORT ARTICLE_FILE
 */
public class LoopbackLoad {
    private static final int[] CLIENTS = {1, 2, 4, 8, 16, 32};
    private static final int MIN_REQUESTS = 40;
    private static final int PER_CLIENT = 12;
    private static final Duration LEVEL_CAP = Duration.ofSeconds(25);

    public static void main(String[] args) throws Exception {
        String base = "http://127.0.0.1:" + Integer.parseInt(args[0]);
        String article = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> ids = ids(http, base);
        if (ids.isEmpty()) throw new IllegalStateException("the store is empty: ingest articles first");
        List<String> words = List.of("police", "killed", "ministre", "Almaty", "protest", "flood", "заявил", "storm");
        System.out.println("| endpoint | clients | requests | p50 ms | p99 ms | requests/s | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (String endpoint : List.of("POST /api/analyze", "GET /articles/{id}", "GET /search")) {
            for (int clients : CLIENTS) {
                int total = Math.max(MIN_REQUESTS, PER_CLIENT * clients);
                AtomicInteger next = new AtomicInteger();
                AtomicInteger errors = new AtomicInteger();
                long[] latencies = new long[total];
                Arrays.fill(latencies, -1);
                long deadline = System.nanoTime() + LEVEL_CAP.toNanos();
                long t0 = System.nanoTime();
                try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                    for (int c = 0; c < clients; c++) {
                        pool.execute(() -> {
                            for (int i; (i = next.getAndIncrement()) < total && System.nanoTime() < deadline; ) {
                                HttpRequest request = switch (endpoint) {
                                    case "POST /api/analyze" -> HttpRequest.newBuilder(URI.create(base + "/api/analyze?published=2024-04-20"))
                                            .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(article)).build();
                                    case "GET /articles/{id}" -> HttpRequest.newBuilder(URI.create(base + "/articles/"
                                            + URLEncoder.encode(ids.get(i % ids.size()), StandardCharsets.UTF_8).replace("+", "%20"))).build();
                                    default -> HttpRequest.newBuilder(URI.create(base + "/search?q="
                                            + URLEncoder.encode(words.get(i % words.size()), StandardCharsets.UTF_8))).build();
                                };
                                long s = System.nanoTime();
                                try {
                                    HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                                    if (r.statusCode() != 200) errors.incrementAndGet();
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                }
                                latencies[i] = System.nanoTime() - s;
                            }
                        });
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                long[] done = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
                System.out.printf("| %s | %d | %d | %.1f | %.1f | %.0f | %d |%n", endpoint, clients, done.length,
                        pct(done, 0.50), pct(done, 0.99), done.length / seconds, errors.get());
            }
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /** Up to 100 stored article ids, from the API. */
    private static List<String> ids(HttpClient http, String base) throws Exception {
        String json = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles?limit=100")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\" : \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }
}
