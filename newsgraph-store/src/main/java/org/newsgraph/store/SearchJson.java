package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;

/**
 * The JSON of search results shared by {@code newsgraph search --format json} and the server's
 * {@code /api/articles}: one hit's fields and the facets, written into the caller's generator.
 */
public final class SearchJson {
    private SearchJson() {
    }

    /** {@code "facets": {"lang": {"fr": 3…}, "outlet": {…}}}. */
    public static void facets(JsonGenerator g, SearchResult r) throws IOException {
        g.writeObjectFieldStart("facets");
        for (Map.Entry<String, Map<String, Integer>> facet : r.facets().entrySet()) {
            g.writeObjectFieldStart(facet.getKey());
            for (Map.Entry<String, Integer> e : facet.getValue().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** A hit's fields (inside an object the caller opened): id, title, outlet, lang, published, url, score, snippet. */
    public static void hitFields(JsonGenerator g, SearchHit h) throws IOException {
        g.writeStringField("id", h.id());
        g.writeStringField("title", h.title().orElse(null));
        g.writeStringField("outlet", h.outlet().orElse(null));
        g.writeStringField("lang", h.lang());
        g.writeStringField("published", h.published().orElse(null));
        g.writeStringField("url", h.url().orElse(null));
        g.writeNumberField("score", h.score());
        g.writeStringField("snippet", h.snippet());
    }
}
