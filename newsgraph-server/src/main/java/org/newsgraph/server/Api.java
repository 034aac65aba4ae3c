package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Story;
import org.newsgraph.io.json.FactGroupJsonWriter;
import org.newsgraph.io.json.StoryJsonWriter;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchJson;
import org.newsgraph.store.SearchRequest;
import org.newsgraph.store.SearchResult;

/** The REST API under {@code /api}, described by {@code /openapi.json}. */
final class Api {
    private static final JsonFactory FACTORY = new JsonFactory();
    private final Engine engine;
    private final ArticleInput input = new ArticleInput();
    private final AnalysisJsonWriter pretty = new AnalysisJsonWriter(true);
    private final int maxBody;

    Api(Engine engine, int maxBody) {
        this.engine = engine;
        this.maxBody = maxBody;
    }

    List<Route> routes() {
        return List.of(
                new Route("POST", "/api/analyze", false, true, this::analyze),
                Route.get("/api/articles", this::articles),
                Route.get("/api/articles/{id}", this::article),
                Route.get("/api/facts", this::facts),
                Route.get("/api/stories", this::stories),
                new Route("POST", "/api/ingest", true, true, this::ingest));
    }

    private void analyze(Call call) {
        Article a = input.one(call, call.body(maxBody));
        call.json(200, pretty.toJson(engine.analyze(a)));
    }

    private void articles(Call call) {
        int offset = Queries.integer(call, "offset", 0, 0, Queries.MAX_OFFSET);
        int limit = Queries.integer(call, "limit", 20, 1, Queries.MAX_PAGE);
        SearchRequest request = Queries.search(call, offset + limit);
        SearchResult r = engine.store().search(request);
        List<SearchHit> page = r.hits().subList(Math.min(offset, r.hits().size()), r.hits().size());
        call.json(200, write(g -> {
            g.writeStartObject();
            g.writeNumberField("total", r.total());
            g.writeNumberField("offset", offset);
            g.writeNumberField("limit", limit);
            long next = offset + limit;
            if (next < r.total() && next <= Queries.MAX_OFFSET) {
                g.writeStringField("next", "/api/articles?" + withOffset(call.pathAndQuery(), next));
            } else {
                g.writeNullField("next");
            }
            SearchJson.facets(g, r);
            g.writeArrayFieldStart("articles");
            for (SearchHit h : page) {
                g.writeStartObject();
                SearchJson.hitFields(g, h);
                g.writeStringField("href", "/api/articles/" + Paths.segment(h.id()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** The query string of {@code pathAndQuery} with {@code offset} set to {@code next}. */
    static String withOffset(String pathAndQuery, long next) {
        int q = pathAndQuery.indexOf('?');
        String query = q < 0 ? "" : pathAndQuery.substring(q + 1);
        StringBuilder b = new StringBuilder();
        for (String part : query.split("&")) {
            if (part.isEmpty() || part.startsWith("offset=")) continue;
            b.append(part).append('&');
        }
        return b.append("offset=").append(next).toString();
    }

    private void article(Call call) {
        String id = call.pathParam("id");
        String json = engine.json(id).orElseThrow(() -> ApiException.notFound("no article '" + id
                + "' in the store: list the articles with GET /api/articles"));
        call.json(200, json);
    }

    private void facts(Call call) {
        Optional<Measure> measure = Queries.measure(call);
        Optional<String> entity = call.param("entity");
        List<FactGroup> groups = engine.compare(measure, entity);
        call.json(200, new FactGroupJsonWriter(true).toJson(groups, measure.map(Measure::jsonName), entity));
    }

    private void stories(Call call) {
        SearchRequest filter = Queries.search(call, 1);
        int min = Queries.integer(call, "min_articles", 2, 1, 1000);
        List<Story> stories = StoryView.stories(engine, filter, min);
        call.json(200, StoryJsonWriter.toJson(stories, (g, s) -> {
            g.writeStringField("id", s.articles().get(0).id());
            g.writeStringField("href", "/stories/" + Paths.segment(s.articles().get(0).id()));
        }));
    }

    private void ingest(Call call) {
        List<Article> articles = input.many(call, call.body(maxBody));
        List<Engine.Ingested> done = engine.ingest(articles);
        call.json(200, write(g -> {
            g.writeStartObject();
            g.writeNumberField("ingested", done.stream().filter(d -> d.outcome().equals("ingested")).count());
            g.writeNumberField("duplicates", done.stream().filter(d -> d.outcome().equals("duplicate")).count());
            g.writeNumberField("failed", done.stream().filter(d -> d.outcome().equals("failed")).count());
            g.writeArrayFieldStart("articles");
            for (Engine.Ingested d : done) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("outcome", d.outcome());
                g.writeStringField("reason", d.reason().orElse(null));
                g.writeStringField("href", "/articles/" + Paths.segment(d.id()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }));
    }

    /** Writes JSON through a generator. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    static String write(JsonBody body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

}
