package org.newsgraph.server;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import org.newsgraph.facts.Story;
import org.newsgraph.facts.StoryClusterer;
import org.newsgraph.io.write.html.Html;
import org.newsgraph.store.SearchRequest;

/**
 * The stories pages: the list of stories (articles about one event, as {@code newsgraph stories} groups them) and
 * one story on a timeline, day by day. A story is addressed by its first article's id.
 */
final class StoryView {
    private final Engine engine;

    StoryView(Engine engine) {
        this.engine = engine;
    }

    static List<Story> stories(Engine engine, SearchRequest filter, int minArticles) {
        return engine.store().stories(filter, new StoryClusterer(3, 0.3, 0.6), minArticles);
    }

    List<Route> routes() {
        return List.of(Route.get("/stories", this::list), Route.get("/stories/{id}", this::one));
    }

    private void list(Call call) {
        List<Story> stories = stories(engine, Queries.search(call, 1), 2);
        StringBuilder b = new StringBuilder("<h1>Stories</h1>\n<p>Articles about one event, across outlets and languages.</p>\n<ol class=\"stories\">\n");
        for (Story s : stories) {
            Story.Member first = s.articles().get(0);
            b.append("<li class=\"story\"><a href=\"/stories/").append(Html.escape(Paths.segment(first.id()))).append("\">")
                    .append(Html.escape(first.title().orElse(first.id()))).append("</a> <span class=\"meta\">")
                    .append(s.articles().size()).append(" articles, ").append(Html.escape(range(s))).append("</span>");
            if (!s.sharedEntities().isEmpty()) {
                b.append("<div class=\"meta\">about ").append(Html.escape(String.join(", ", s.sharedEntities()))).append("</div>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
        if (stories.isEmpty()) b.append("<p class=\"none\">No stories yet: they need two or more articles about one event.</p>\n");
        call.html(200, PageShell.page("Stories", "stories", b.toString()));
    }

    private void one(Call call) {
        String id = call.pathParam("id");
        Story s = stories(engine, SearchRequest.of(""), 1).stream()
                .filter(st -> st.articles().stream().anyMatch(m -> m.id().equals(id))).findFirst()
                .orElseThrow(() -> ApiException.notFound("no story with article '" + id + "': see the list of stories"));
        StringBuilder b = new StringBuilder("<h1>Story</h1>\n<p class=\"meta\">").append(s.articles().size())
                .append(" articles, ").append(Html.escape(range(s))).append("</p>\n");
        if (!s.sharedEntities().isEmpty()) b.append("<p>About: ").append(Html.escape(String.join(", ", s.sharedEntities()))).append("</p>\n");
        if (!s.sharedFigures().isEmpty()) b.append("<p>Shared figures: ").append(Html.escape(String.join(", ", s.sharedFigures()))).append("</p>\n");
        Map<String, List<Story.Member>> byDay = new TreeMap<>();
        for (Story.Member m : s.articles()) {
            byDay.computeIfAbsent(m.published().map(LocalDate::toString).orElse("date unknown"), k -> new ArrayList<>()).add(m);
        }
        b.append("<ol class=\"timeline\">\n");
        for (Map.Entry<String, List<Story.Member>> day : byDay.entrySet()) {
            b.append("<li class=\"day\"><time class=\"day-date\">").append(Html.escape(day.getKey())).append("</time><ul>");
            for (Story.Member m : day.getValue()) {
                b.append("<li class=\"member\"><a href=\"/articles/").append(Html.escape(Paths.segment(m.id()))).append("\">")
                        .append(Html.escape(m.title().orElse(m.id()))).append("</a> <span class=\"meta\">")
                        .append(Html.escape(m.outlet().orElse("outlet unknown"))).append(" · ").append(Html.escape(m.lang()))
                        .append("</span></li>");
            }
            b.append("</ul></li>\n");
        }
        b.append("</ol>\n");
        for (List<String> d : s.duplicates()) b.append("<p class=\"meta\">Near-duplicates: ").append(Html.escape(String.join(", ", d))).append("</p>\n");
        call.html(200, PageShell.page("Story", "story", b.toString()));
    }

    private static String range(Story s) {
        String from = s.from().map(LocalDate::toString).orElse("?");
        String to = s.to().map(LocalDate::toString).orElse("?");
        return from.equals(to) ? from : from + " → " + to;
    }
}
