package org.newsgraph.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.Article;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.io.json.AnalysisJsonReader;
import org.newsgraph.io.write.html.ArticleHtmlWriter;
import org.newsgraph.io.write.html.Html;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchResult;

/** The pages to read a store: start, article, search, and "analyse a text" (annotated, never stored). */
final class Pages {
    private static final int PAGE_SIZE = 20;
    private final Engine engine;
    private final int maxBody;
    private final ArticleHtmlWriter postedArticles = new ArticleHtmlWriter(ServerLinks.posted());
    /** Rendered article pages by id, while the store does not change. */
    private final VersionedCache<String, String> articlePages = new VersionedCache<>(256);

    Pages(Engine engine, int maxBody) {
        this.engine = engine;
        this.maxBody = maxBody;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/", this::home),
                Route.get("/articles/{id}", this::article),
                Route.get("/search", this::search),
                Route.get("/analyse", this::analyseForm),
                new Route("POST", "/analyse", false, true, this::analyse));
    }

    private void home(Call call) {
        int count = engine.count();
        call.html(200, PageShell.page("Start", "home", "<h1>Newsgraph</h1>\n<p>The store holds <strong class=\"count\">"
                + count + "</strong> article" + (count == 1 ? "" : "s") + ".</p>\n"
                + searchForm(Map.of()) + "<ul class=\"start\"><li><a href=\"/search?sort=newest\">Newest articles</a></li>"
                + "<li><a href=\"/facts\">Facts: what the sources say, and where they disagree</a></li>"
                + "<li><a href=\"/stories\">Stories: articles about one event</a></li>"
                + "<li><a href=\"/analyse\">Analyse a text without storing it</a></li></ul>\n"));
    }

    private void article(Call call) {
        call.html(200, articlePages.get(engine.version(), call.pathParam("id"), this::articlePage));
    }

    private String articlePage(String id) {
        String json = engine.json(id).orElseThrow(() -> ApiException.notFound("no article '" + id
                + "' in the store: find it with the search page"));
        Analysis a = AnalysisJsonReader.read(json);
        ArticleHtmlWriter writer = new ArticleHtmlWriter(ServerLinks.stored(engine.comparedFigures(a)));
        return PageShell.page(a.title().orElse(a.id()), "article", writer.fragment(a)
                + "<p class=\"raw\"><a href=\"/api/articles/" + Html.escape(Paths.segment(a.id())) + "\">JSON of this analysis</a></p>\n");
    }

    private void search(Call call) {
        int pageNo = Queries.integer(call, "page", 1, 1, Queries.MAX_OFFSET / PAGE_SIZE);
        int offset = (pageNo - 1) * PAGE_SIZE;
        SearchResult r = engine.store().search(Queries.search(call, offset + PAGE_SIZE));
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String p : new String[] {"q", "lang", "outlet", "entity", "from", "to", "measure", "sort"}) {
            call.param(p).ifPresent(v -> values.put(p, v));
        }
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n").append(searchForm(values));
        b.append("<p class=\"total\"><strong id=\"total\">").append(r.total()).append("</strong> article")
                .append(r.total() == 1 ? "" : "s").append(" match.</p>\n");
        facets(b, r);
        b.append("<ol class=\"hits\" start=\"").append(offset + 1).append("\">\n");
        List<SearchHit> hits = r.hits().subList(Math.min(offset, r.hits().size()), r.hits().size());
        for (SearchHit h : hits) {
            b.append("<li class=\"hit\"><a class=\"hit-title\" href=\"/articles/").append(Html.escape(Paths.segment(h.id())))
                    .append("\">").append(Html.escape(h.title().orElse(h.id()))).append("</a><div class=\"meta\">")
                    .append(Html.escape(h.published().map(p -> p.length() > 10 ? p.substring(0, 10) : p).orElse("date unknown")))
                    .append(" · ").append(Html.escape(h.outlet().orElse("outlet unknown"))).append(" · ")
                    .append(Html.escape(h.lang())).append("</div><div class=\"snippet\">").append(Html.escape(h.snippet()))
                    .append("</div></li>\n");
        }
        b.append("</ol>\n<p class=\"pager\">");
        if (pageNo > 1) b.append("<a rel=\"prev\" href=\"/search?").append(Html.escape(query(values, pageNo - 1))).append("\">← previous</a> ");
        if (offset + PAGE_SIZE < r.total() && pageNo < Queries.MAX_OFFSET / PAGE_SIZE) {
            b.append("<a rel=\"next\" href=\"/search?").append(Html.escape(query(values, pageNo + 1))).append("\">next →</a>");
        }
        b.append("</p>\n");
        call.html(200, PageShell.page("Search", "search", b.toString()));
    }

    private static void facets(StringBuilder b, SearchResult r) {
        b.append("<div class=\"facets\">");
        for (Map.Entry<String, Map<String, Integer>> f : r.facets().entrySet()) {
            if (f.getValue().isEmpty()) continue;
            b.append("<p class=\"facet\"><span class=\"facet-name\">").append(Html.escape(f.getKey())).append(":</span> ");
            int i = 0;
            for (Map.Entry<String, Integer> e : f.getValue().entrySet()) {
                if (i++ == 12) break;
                b.append("<span class=\"facet-value\">").append(Html.escape(e.getKey())).append(" (").append(e.getValue()).append(")</span> ");
            }
            b.append("</p>");
        }
        b.append("</div>\n");
    }

    private static String query(Map<String, String> values, int page) {
        StringBuilder q = new StringBuilder();
        values.forEach((k, v) -> q.append(k).append('=').append(Paths.param(v)).append('&'));
        return q.append("page=").append(page).toString();
    }

    static String searchForm(Map<String, String> v) {
        StringBuilder b = new StringBuilder("<form class=\"search-form\" method=\"get\" action=\"/search\">\n");
        input(b, "q", "words", v, "search", "flood AND Almaty, \"death toll\", title:storm");
        input(b, "entity", "entity", v, "text", "a person, place or organisation");
        input(b, "outlet", "outlet", v, "text", "name or domain");
        input(b, "lang", "language", v, "text", "fr, en, ru");
        input(b, "from", "from", v, "date", "");
        input(b, "to", "to", v, "date", "");
        b.append("<label>measure <select name=\"measure\"><option value=\"\">any</option>");
        for (Measure m : Arrays.stream(Measure.values()).filter(m -> m != Measure.OTHER).toList()) {
            b.append("<option").append(m.jsonName().equals(v.get("measure")) ? " selected" : "").append(">")
                    .append(m.jsonName()).append("</option>");
        }
        b.append("</select></label>\n<label>order <select name=\"sort\"><option value=\"\">best first</option><option value=\"newest\"")
                .append("newest".equals(v.get("sort")) ? " selected" : "").append(">newest first</option></select></label>\n")
                .append("<button type=\"submit\">Search</button>\n</form>\n");
        return b.toString();
    }

    private static void input(StringBuilder b, String name, String label, Map<String, String> v, String type, String hint) {
        b.append("<label>").append(label).append(" <input type=\"").append(type).append("\" name=\"").append(name)
                .append("\" value=\"").append(Html.escape(v.getOrDefault(name, ""))).append("\" placeholder=\"")
                .append(Html.escape(hint)).append("\"></label>\n");
    }

    private void analyseForm(Call call) {
        call.html(200, PageShell.page("Analyse a text", "analyse", analyseFormHtml("", "", "", "")));
    }

    private static String analyseFormHtml(String title, String text, String published, String lang) {
        return "<h1>Analyse a text</h1>\n<p>Paste an article's text or a whole HTML page: it is analysed and shown "
                + "annotated, and not stored.</p>\n<form class=\"analyse-form\" method=\"post\" action=\"/analyse\">\n"
                + "<label>title <input type=\"text\" name=\"title\" value=\"" + Html.escape(title) + "\"></label>\n"
                + "<label>published <input type=\"date\" name=\"published\" value=\"" + Html.escape(published) + "\"></label>\n"
                + "<label>language <input type=\"text\" name=\"lang\" size=\"3\" value=\"" + Html.escape(lang)
                + "\" placeholder=\"auto\"></label>\n"
                + "<label class=\"wide\">text or HTML <textarea name=\"text\" rows=\"14\" required>" + Html.escape(text)
                + "</textarea></label>\n<button type=\"submit\">Analyse</button>\n</form>\n";
    }

    private void analyse(Call call) {
        call.readForm(maxBody);
        String text = call.param("text").orElseThrow(() -> ApiException.badRequest(
                "the form has no text: paste an article's text or an HTML page"));
        String title = call.param("title").orElse("");
        String published = call.param("published").orElse("");
        String lang = call.param("lang").orElse("");
        Article article;
        try {
            String ext = text.startsWith("<") ? "html" : "txt";
            var r = new org.newsgraph.io.read.ArticleReader().parse("the form", "pasted", ext, text.getBytes(StandardCharsets.UTF_8));
            article = r.article().orElseThrow(() -> ApiException.badRequest(r.error().orElse("unreadable text")));
        } catch (org.newsgraph.io.read.InputException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (!title.isEmpty()) {
            article = new Article(article.id(), article.url(), article.published(), Optional.of(title), article.body(),
                    article.siteName(), article.byline(), article.language());
        }
        if (!published.isEmpty()) {
            if (!org.newsgraph.core.IsoDates.isDateOrDateTime(published)) {
                throw ApiException.badRequest("'published' must be an ISO date like 2024-04-20");
            }
            article = article.withPublished(published);
        }
        if (!lang.isEmpty()) article = article.withLanguage(lang);
        Analysis a = engine.analyze(article);
        call.html(200, PageShell.page("Analysis", "analyse", postedArticles.fragment(a)
                + "<details class=\"again\"><summary>Analyse another text</summary>" + analyseFormHtml(title, text, published, lang)
                + "</details>\n"));
    }
}
