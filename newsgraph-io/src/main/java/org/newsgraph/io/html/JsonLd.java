package org.newsgraph.io.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened ({@code @graph} and arrays unpacked), read leniently
 * (comments, trailing commas, raw control characters); a script that still does not parse is skipped.
 */
final class JsonLd {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private static final int MAX_OBJECTS = 200;

    private final Document page;
    private List<JsonNode> objects;

    private JsonLd(Document page) {
        this.page = page;
    }

    /** The page's JSON-LD, parsed on first use (most pages' metadata is found before it is needed). */
    static JsonLd of(Document page) {
        return new JsonLd(page);
    }

    private List<JsonNode> objects() {
        if (objects == null) objects = parse(page);
        return objects;
    }

    private static List<JsonNode> parse(Document page) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : page.getElementsByTag("script")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) continue;
            try {
                collect(MAPPER.readTree(script.data().strip()), objects);
            } catch (JsonProcessingException | RuntimeException e) {
                // malformed JSON-LD is common; the other metadata sources remain
            }
        }
        return objects;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null || into.size() >= MAX_OBJECTS) return;
        if (node.isArray()) {
            for (JsonNode child : node) collect(child, into);
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into);
        }
    }

    /** The object describing the article (an {@code Article} type or subtype), else the first object with a headline. */
    Optional<JsonNode> article() {
        for (JsonNode o : objects()) {
            if (typeOf(o).contains("article") || typeOf(o).contains("posting") || typeOf(o).contains("report")) {
                return Optional.of(o);
            }
        }
        for (JsonNode o : objects()) if (o.hasNonNull("headline")) return Optional.of(o);
        return Optional.empty();
    }

    private static String typeOf(JsonNode o) {
        JsonNode type = o.get("@type");
        if (type == null) return "";
        return type.toString().toLowerCase(Locale.ROOT);
    }

    /** A text field of the article object. */
    Optional<String> articleText(String field) {
        return article().flatMap(a -> text(a.get(field)));
    }

    /** The name(s) in a field of the article object that holds a Person/Organization, a string or an array. */
    Optional<String> articleNames(String field) {
        return article().flatMap(a -> names(a.get(field)));
    }

    static Optional<String> names(JsonNode node) {
        if (node == null || node.isNull()) return Optional.empty();
        if (node.isTextual()) return text(node);
        if (node.isObject()) return text(node.get("name"));
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode child : node) names(child).filter(n -> !names.contains(n)).ifPresent(names::add);
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            if (node != null && node.isArray() && !node.isEmpty()) return text(node.get(0));
            return Optional.empty();
        }
        String s = node.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
