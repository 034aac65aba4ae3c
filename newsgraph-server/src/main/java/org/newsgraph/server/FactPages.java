package org.newsgraph.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Relation;
import org.newsgraph.facts.Report;
import org.newsgraph.io.json.AnalysisJsonReader;
import org.newsgraph.io.write.html.FigureValues;
import org.newsgraph.io.write.html.Html;

/**
 * The facts pages: the list of fact groups (the groups of {@code compare}) and one group's page — a table of its
 * reports by date and source with agreements, contradictions, updates and retractions marked, and a chart of the
 * values over time, one series per source. A group is addressed by one of its reports (article id and figure
 * index), which stays valid as the store grows.
 */
final class FactPages {
    private final Engine engine;

    FactPages(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.get("/facts", this::list), Route.get("/fact", this::one));
    }

    private void list(Call call) {
        Optional<Measure> measure = Queries.measure(call);
        Optional<String> entity = call.param("entity");
        List<FactGroup> groups = engine.compare(measure, entity);
        StringBuilder b = new StringBuilder("<h1>Facts</h1>\n<p>Figures of the stored articles grouped by measure, place and "
                + "period: who said which number, when.</p>\n<form class=\"search-form\" method=\"get\" action=\"/facts\">"
                + "<label>entity <input type=\"text\" name=\"entity\" value=\"" + Html.escape(entity.orElse(""))
                + "\" placeholder=\"a place or a source\"></label> <label>measure <select name=\"measure\"><option value=\"\">any</option>");
        for (Measure m : Measure.values()) {
            if (m == Measure.OTHER) continue;
            b.append("<option").append(measure.filter(m::equals).isPresent() ? " selected" : "").append(">").append(m.jsonName()).append("</option>");
        }
        b.append("</select></label> <button type=\"submit\">Show</button></form>\n");
        b.append("<table class=\"groups\"><thead><tr><th>measure</th><th>place</th><th>period</th><th>status</th>"
                + "<th>reports</th><th>agree</th><th>contradict</th><th>updates</th><th>retracted</th></tr></thead><tbody>\n");
        for (FactGroup g : groups) {
            Report first = g.reports().get(0);
            b.append("<tr class=\"group status-").append(g.status().jsonName()).append("\"><td><a class=\"fact-link\" href=\"")
                    .append(Html.escape(href(first))).append("\">").append(Html.escape(g.measure().jsonName())).append("</a></td><td>")
                    .append(Html.escape(g.place().name())).append("</td><td>").append(period(g)).append("</td><td class=\"status\">")
                    .append(g.status().jsonName()).append("</td><td>").append(g.counts().reports()).append("</td><td>")
                    .append(g.counts().agreements()).append("</td><td>").append(g.counts().contradictions()).append("</td><td>")
                    .append(g.counts().updates()).append("</td><td>").append(g.counts().retracted()).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        if (groups.isEmpty()) b.append("<p class=\"none\">No facts: ingest articles with figures, or widen the filters.</p>\n");
        call.html(200, PageShell.page("Facts", "facts", b.toString()));
    }

    static String href(Report r) {
        return "/fact?article=" + Paths.param(r.articleId()) + "&figure=" + r.figureIndex();
    }

    private static String period(FactGroup g) {
        String from = g.from().map(LocalDate::toString).orElse("?");
        String to = g.to().map(LocalDate::toString).orElse("?");
        return Html.escape(from.equals(to) ? from : from + " → " + to);
    }

    private void one(Call call) {
        String articleId = call.param("article").orElseThrow(() -> ApiException.badRequest(
                "say which fact: /fact?article=ID&figure=N (the links of an article's figures lead here)"));
        int figure = Queries.integer(call, "figure", 0, 0, 100_000);
        Analysis a = AnalysisJsonReader.read(engine.json(articleId).orElseThrow(() -> ApiException.notFound(
                "no article '" + articleId + "' in the store: find it with the search page")));
        if (figure >= a.figures().size()) {
            throw ApiException.notFound("article '" + articleId + "' has " + a.figures().size() + " figures: pick one of its page's figures");
        }
        Figure f = a.figures().get(figure);
        List<FactGroup> groups = engine.compare(Optional.of(f.measure()), Optional.empty());
        Optional<Report> own = find(groups, r -> r.articleId().equals(articleId) && r.figureIndex() == figure);
        // a copy of a wire story counts once: its figure is shown as the first-published report it repeats
        Report shown = own.or(() -> find(groups, r -> r.value() == f.value()
                        && r.marks().copies().stream().anyMatch(c -> c.articleId().equals(articleId))))
                .orElseThrow(() -> ApiException.notFound("figure " + (figure + 1) + " of '" + articleId
                        + "' is in no fact group (it counts no compared measure, or is part of another figure): see /facts"));
        FactGroup group = groups.stream().filter(g -> g.reports().stream().anyMatch(r -> r == shown)).findFirst().orElseThrow();
        call.html(200, PageShell.page(title(group), "fact", render(group, shown)));
    }

    private static String title(FactGroup g) {
        return g.measure().jsonName() + " — " + g.place().name();
    }

    private static Optional<Report> find(List<FactGroup> groups, Predicate<Report> which) {
        return groups.stream().flatMap(g -> g.reports().stream()).filter(which).findFirst();
    }

    /** The page of group {@code g}, the row of report {@code current} marked as the one the reader came from. */
    static String render(FactGroup g, Report current) {
        StringBuilder b = new StringBuilder();
        b.append("<h1 class=\"fact-title\">").append(Html.escape(g.measure().jsonName())).append(" — ")
                .append(Html.escape(g.place().name())).append("</h1>\n<p class=\"fact-meta\">").append(period(g))
                .append(" · status <strong class=\"status status-").append(g.status().jsonName()).append("\">")
                .append(g.status().jsonName()).append("</strong> · ").append(g.counts().reports()).append(" reports, ")
                .append(g.counts().agreements()).append(" agreements, ").append(g.counts().contradictions())
                .append(" contradictions, ").append(g.counts().updates()).append(" updates, ").append(g.counts().retracted())
                .append(" retracted</p>\n");
        b.append(FactChart.svg(g));
        b.append("<table class=\"reports\" id=\"reports\"><thead><tr><th>#</th><th>date</th><th>outlet</th><th>source</th>"
                + "<th>value</th><th>marks</th><th>as written</th></tr></thead><tbody>\n");
        Map<Integer, List<String>> marks = marks(g);
        for (int i = 0; i < g.reports().size(); i++) {
            Report r = g.reports().get(i);
            boolean here = r == current;
            b.append("<tr class=\"report").append(here ? " current" : "").append(r.retracted() ? " retracted" : "")
                    .append(g.latest().contains(i) ? " latest" : "").append("\" id=\"r").append(i + 1).append("\" data-series=\"")
                    .append(Html.escape(FactChart.seriesName(r))).append("\"><td>").append(i + 1).append("</td><td class=\"date\">")
                    .append(Html.escape(r.timelineDate().map(LocalDate::toString).orElse("?"))).append("</td><td><a href=\"/articles/")
                    .append(Html.escape(Paths.segment(r.articleId()))).append("#f").append(r.figureIndex() + 1).append("\">")
                    .append(Html.escape(r.outlet().orElse(r.articleId()))).append("</a></td><td class=\"source\">")
                    .append(Html.escape(r.source().orElse("—"))).append("</td><td class=\"value\">")
                    .append(Html.escape(FigureValues.format(r.value(), r.max().isPresent() ? r.max().getAsDouble() : Double.NaN,
                            r.approximate(), r.bound().map(x -> x == Figure.Bound.AT_LEAST ? "at least " : "at most ").orElse(""))))
                    .append("</td><td class=\"marks\">");
            for (String m : marks.getOrDefault(i, List.of())) b.append(m).append(' ');
            b.append("</td><td class=\"said\">").append(Html.escape(r.text())).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
        return b.toString();
    }

    /** Per report, its marks: each relation it takes part in (naming the other report), retraction, latest. */
    static Map<Integer, List<String>> marks(FactGroup g) {
        Map<Integer, List<String>> out = new TreeMap<>();
        for (Relation r : g.relations()) {
            String type = r.type().jsonName();
            switch (r.type()) {
                case UPDATE -> {
                    mark(out, r.from(), "update", "updated by #" + (r.to() + 1), r.reason());
                    mark(out, r.to(), "update", "updates #" + (r.from() + 1), r.reason());
                }
                default -> {
                    String verb = type.equals("agreement") ? "agrees with #" : "contradicts #";
                    mark(out, r.from(), type, verb + (r.to() + 1), r.reason());
                    mark(out, r.to(), type, verb + (r.from() + 1), r.reason());
                }
            }
        }
        for (int i = 0; i < g.reports().size(); i++) {
            Report r = g.reports().get(i);
            // a denial's own cue ("denied reports that…") is shown as the denial, not as a second, retraction mark
            if (r.retractionCue().isPresent() && !r.denied()) {
                mark(out, i, "retraction", "retracted", "the article says: " + r.retractionCue().get());
            }
            if (r.denied()) {
                mark(out, i, "denial", r.marks().deniedBy().map(by -> "denied by " + by).orElse("denied"),
                        "the article reports this figure only to deny it");
            }
            int index = i;
            r.marks().scope().or(r::subgroup).ifPresent(sc -> mark(out, index, "scope", "counts: " + sc,
                    "a part of the people counted, compared only with counts of the same part"));
            if (!r.marks().copies().isEmpty()) {
                mark(out, i, "copy", "also in " + r.marks().copies().size() + " more outlet" + (r.marks().copies().size() == 1 ? "" : "s"),
                        "the same wire story: " + String.join(", ", r.marks().copies().stream()
                                .map(c -> c.outlet().orElse(c.articleId())).toList()));
            }
            List<Integer> by = g.retractedBy().get(i);
            if (!by.isEmpty()) {
                mark(out, i, "retraction", "retracted by #" + String.join(", #", by.stream().map(x -> String.valueOf(x + 1)).toList()),
                        "a later article withdrew this value");
            }
            if (g.latest().contains(i)) mark(out, i, "latest", "latest", "what the sources said last");
        }
        return out;
    }

    private static void mark(Map<Integer, List<String>> out, int i, String kind, String text, String why) {
        out.computeIfAbsent(i, k -> new ArrayList<>()).add("<span class=\"mark mark-" + kind + "\" title=\""
                + Html.escape(why) + "\">" + Html.escape(text) + "</span>");
    }
}
