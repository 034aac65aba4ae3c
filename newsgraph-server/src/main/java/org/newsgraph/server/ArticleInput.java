package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.ReadResult;

/**
 * Articles from a request body, read by the same reader as {@code analyze}: an article record (docs/format.md §1)
 * as JSON, a JSON array or JSON lines of records, an HTML page, or plain text — told apart by the Content-Type.
 */
final class ArticleInput {
    static final int MAX_ARTICLES = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleReader reader = new ArticleReader();

    /** One article (analyze): a record, a page or a text. {@code id}, {@code published} and {@code lang} may be given as parameters. */
    Article one(Call call, byte[] body) {
        String type = call.contentType();
        Article a;
        try {
            if (type.startsWith("application/json")) {
                a = reader.fromRecord(tree(new String(body, StandardCharsets.UTF_8)), "posted", "the request body");
            } else {
                String ext = type.startsWith("text/html") ? "html" : "txt";
                ReadResult r = reader.parse("the request body", "posted", ext, body);
                a = r.article().orElseThrow(() -> ApiException.badRequest(r.error().orElse("unreadable article")));
            }
        } catch (InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        return withParams(call, a);
    }

    /** Articles to ingest: one record, an array of records, or JSON lines; at most {@link #MAX_ARTICLES}. */
    List<Article> many(Call call, byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        List<JsonNode> nodes = new ArrayList<>();
        if (text.startsWith("[")) {
            tree(text).forEach(nodes::add);
        } else if (text.startsWith("{") && (call.contentType().contains("ndjson") || call.contentType().contains("jsonl"))) {
            for (String line : text.split("\n")) if (!line.isBlank()) nodes.add(tree(line));
        } else if (text.startsWith("{")) {
            nodes.add(tree(text));
        } else {
            throw ApiException.badRequest("ingest takes JSON article records ({\"id\": …, \"title\": …, \"text\": …}), "
                    + "one, an array, or JSON lines with Content-Type application/x-ndjson");
        }
        if (nodes.size() > MAX_ARTICLES) {
            throw new ApiException(413, nodes.size() + " articles in one request: send at most " + MAX_ARTICLES + " at a time");
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            try {
                out.add(reader.fromRecord(nodes.get(i), "posted-" + (i + 1), "record " + (i + 1)));
            } catch (InputException e) {
                throw ApiException.badRequest(e.getMessage());
            }
        }
        return out;
    }

    private static Article withParams(Call call, Article a) {
        Article r = a;
        if (call.param("id").isPresent()) r = r.withId(call.param("id").get());
        if (call.param("published").isPresent() && r.published().isEmpty()) {
            String p = call.param("published").get();
            if (!org.newsgraph.core.IsoDates.isDateOrDateTime(p)) {
                throw ApiException.badRequest("'published' must be an ISO date like 2024-04-20, was '" + p + "'");
            }
            r = r.withPublished(p);
        }
        if (call.param("lang").isPresent()) r = r.withLanguage(call.param("lang").get());
        return r;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON (line " + e.getLocation().getLineNr()
                    + "): send an article record like {\"title\": …, \"text\": …}");
        }
    }
}
