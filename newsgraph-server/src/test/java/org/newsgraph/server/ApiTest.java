package org.newsgraph.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST API answers as /openapi.json says, with JSON errors that say what to do. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void analyzesPlainTextWithoutStoringIt() throws Exception {
        HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base()
                        + "/api/analyze?published=2025-06-02&id=ferry")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Ferry strike in Oslo\n\nThe ferry workers of Oslo went on "
                        + "strike on Monday, the union said. \"We want fair pay,\" said Kari Nordmann, the union leader.")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.get("id").asText()).isEqualTo("ferry");
        assertThat(a.get("lang").asText()).isEqualTo("en");
        assertThat(a.get("title").asText()).isEqualTo("Ferry strike in Oslo");
        List<String> speakers = new ArrayList<>();
        a.get("quotes").forEach(q -> speakers.add(q.get("speaker").get("text").asText()));
        assertThat(speakers).contains("Kari Nordmann");
        assertThat(a.get("times").get(0).get("value").asText()).isEqualTo("2025-06-02");
        assertThat(SharedServer.get("/api/articles/ferry").statusCode()).isEqualTo(404);
    }

    @Test
    void analyzesAnArticleRecord() throws Exception {
        HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"rec\", \"lang\": \"fr\", \"title\": \"Grève à Lyon\", "
                        + "\"text\": \"Les conducteurs de bus de Lyon sont en grève depuis lundi.\"}")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("lang").asText()).isEqualTo("fr");
    }

    @Test
    void listsStoredArticlesPageByPage() throws Exception {
        JsonNode first = json(SharedServer.get("/api/articles?q=Bergen&limit=2&sort=newest"));
        assertThat(first.get("total").asInt()).isEqualTo(SharedServer.STORM.size());
        assertThat(first.get("articles")).hasSize(2);
        assertThat(first.get("next").asText()).isEqualTo("/api/articles?q=Bergen&limit=2&sort=newest&offset=2");
        JsonNode last = json(SharedServer.get("/api/articles?q=Bergen&limit=2&sort=newest&offset=4"));
        assertThat(last.get("articles")).hasSize(2);
        assertThat(last.get("next").isNull()).isTrue();
        List<String> ids = new ArrayList<>();
        for (String page : new String[] {"offset=0", "offset=2", "offset=4"}) {
            json(SharedServer.get("/api/articles?q=Bergen&limit=2&sort=newest&" + page)).get("articles")
                    .forEach(a -> ids.add(a.get("id").asText()));
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(6);
        JsonNode filtered = json(SharedServer.get("/api/articles?outlet=Nordic%20Wire"));
        assertThat(filtered.get("total").asInt()).isEqualTo(2);
        filtered.get("articles").forEach(a -> assertThat(a.get("outlet").asText()).isEqualTo("Nordic Wire"));
    }

    @Test
    void givesOneStoredAnalysis() throws Exception {
        HttpResponse<String> r = SharedServer.get("/api/articles/floods-interview-fr");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("figures")).hasSize(4);
    }

    @Test
    void groupsFiguresIntoFacts() throws Exception {
        JsonNode facts = json(SharedServer.get("/api/facts?measure=killed&entity=Bergen"));
        JsonNode group = facts.get("groups").get(0);
        assertThat(group.get("reports")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(group.get("counts").get("agreements").asInt()).isPositive();
        assertThat(group.get("counts").get("contradictions").asInt()).isPositive();
        assertThat(group.get("counts").get("updates").asInt()).isPositive();
    }

    @Test
    void findsStories() throws Exception {
        JsonNode stories = json(SharedServer.get("/api/stories")).get("stories");
        List<String> members = new ArrayList<>();
        stories.forEach(s -> s.get("articles").forEach(a -> members.add(a.get("id").asText())));
        assertThat(members).contains("storm-bergen-1", "storm-bergen-2", "steppe-visit-en", "steppe-visit-ru");
    }

    @Test
    void errorsAreJsonWithWhatToDo() throws Exception {
        HttpResponse<String> missing = SharedServer.get("/api/articles/no-such-article");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(missing).get("error").asText()).contains("GET /api/articles");
        HttpResponse<String> badDate = SharedServer.get("/api/articles?from=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(json(badDate).get("error").asText()).contains("ISO date like 2024-04-20");
        HttpResponse<String> badMeasure = SharedServer.get("/api/facts?measure=wounded");
        assertThat(json(badMeasure).get("error").asText()).contains("killed");
        HttpResponse<String> wrongMethod = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/articles"))
                .DELETE());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(SharedServer.get("/api/articles?limit=500")).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void ingestNeedsTheToken() throws Exception {
        String record = "{\"id\": \"intruder\", \"text\": \"Someone tries to write to the store without the token.\"}";
        for (String auth : new String[] {null, "Bearer wrong-token-0123456789"}) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/ingest"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(record));
            if (auth != null) b.header("Authorization", auth);
            HttpResponse<String> r = SharedServer.send(b);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(json(r).get("error").asText()).contains("Authorization: Bearer");
        }
        assertThat(SharedServer.get("/api/articles/intruder").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesBodiesOverTheLimit() throws Exception {
        String big = "word ".repeat(ServeOptions.DEFAULT_MAX_BODY / 5 + 10);
        HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/analyze"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(big)));
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("error").asText()).contains("--max-body");
    }

    @Test
    void refusesOtherSitesPages() throws Exception {
        HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/analyze"))
                .header("Origin", "http://evil.example").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("A text posted by another site.")));
        assertThat(r.statusCode()).isEqualTo(403);
        HttpResponse<String> read = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/articles"))
                .header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "cors").GET());
        assertThat(read.statusCode()).isEqualTo(403);
        HttpResponse<String> sameSite = SharedServer.send(HttpRequest.newBuilder(URI.create(SharedServer.base() + "/api/articles"))
                .header("Origin", SharedServer.base()).GET());
        assertThat(sameSite.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAForeignHostName() throws Exception {
        int port = SharedServer.get().port();
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/articles HTTP/1.1\r\nHost: rebound.example:" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421").contains("--allow-host");
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/", "/api/articles", "/articles/floods-interview-fr", "/nowhere"}) {
            HttpResponse<String> r = SharedServer.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'none'")
                    .contains("script-src 'self'").doesNotContain("unsafe");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).contains("DENY");
        }
    }

    @Test
    void openApiDescribesEveryApiRoute() throws Exception {
        JsonNode spec = json(SharedServer.get("/openapi.json"));
        assertThat(spec.get("openapi").asText()).startsWith("3.1");
        List<String> documented = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        List<String> served = new Api(null, 1024).routes().stream().map(r -> r.method() + " " + r.template()).toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
        assertThat(spec.at("/paths/~1api~1ingest/post/security").isArray()).isTrue();
    }
}
