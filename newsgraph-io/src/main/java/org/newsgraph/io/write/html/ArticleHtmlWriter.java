package org.newsgraph.io.write.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.Event;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Framing;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/**
 * The article page: the text with entities, quotes, figures, times, events and flagged wording highlighted by type;
 * each quote tied to the words naming its speaker and each figure to the words naming its source; side panels "who
 * said what", "which numbers, from whom" (with the place and date each figure is about, and its denial), the events
 * (type, place, time, figures) and the wording a careful reader would check (loaded terms, superseded place names,
 * unsourced figures, hedges); the outlet and how it was found. {@link #fragment} is the {@code <article>} element
 * the server puts in its pages; {@link #standalone} is a whole self-contained HTML file (inline CSS, no script, no
 * external request, a Content-Security-Policy that allows nothing else) — the report {@code analyze --format html}
 * writes. Every piece of the analysis is escaped: article text and metadata are untrusted.
 */
public final class ArticleHtmlWriter {
    /** The page's style sheet, shared with the server (served there as a file, inlined in the report). */
    public static final String CSS = resource("newsgraph.css");

    private final ArticleLinks links;

    public ArticleHtmlWriter(ArticleLinks links) {
        this.links = links;
    }

    /** A whole HTML file for one analysis, readable offline and safe to open. */
    public static String standalone(Analysis a) {
        String title = a.title().orElse(a.id());
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(a.lang()) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '"
                + sha256(CSS) + "'; base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + Html.escape(title) + " — Newsgraph</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n"
                + new ArticleHtmlWriter(ArticleLinks.NONE).fragment(a)
                + "<footer class=\"page-footer\">Report written by Newsgraph: highlights are what the engine found, "
                + "not verified facts.</footer>\n</body>\n</html>\n";
    }

    /** The {@code <article>} element: header, highlighted text, side panels. */
    public String fragment(Analysis a) {
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : a.entities()) byId.put(e.id(), e);
        StringBuilder b = new StringBuilder(a.text().length() * 2 + 4096);
        b.append("<article class=\"ng-article\" lang=\"").append(Html.escape(a.lang())).append("\" data-article=\"")
                .append(Html.escape(a.id())).append("\">\n");
        header(b, a);
        b.append("<div class=\"layout\">\n<div class=\"text\" id=\"text\">").append(markup(a, byId)).append("</div>\n");
        b.append("<aside class=\"panels\">\n");
        legend(b);
        quotesPanel(b, a, byId);
        figuresPanel(b, a, byId);
        eventsPanel(b, a, byId);
        framingPanel(b, a, byId);
        entitiesPanel(b, a);
        timesPanel(b, a);
        b.append("</aside>\n</div>\n</article>\n");
        return b.toString();
    }

    private static void header(StringBuilder b, Analysis a) {
        b.append("<header class=\"article-head\">\n<h1 class=\"title\">").append(Html.escape(a.title().orElse(a.id())))
                .append("</h1>\n<p class=\"meta\"><span class=\"id\">").append(Html.escape(a.id())).append("</span> · ")
                .append("<span class=\"lang\">").append(Html.escape(a.lang())).append("</span> · published ")
                .append("<span class=\"published\">").append(Html.escape(a.published().orElse("unknown"))).append("</span>");
        a.url().ifPresent(u -> {
            b.append(" · ");
            Optional<String> safe = Html.safeHttpUrl(u);
            if (safe.isPresent()) {
                b.append("<a class=\"url\" rel=\"noopener noreferrer nofollow\" href=\"").append(Html.escape(safe.get()))
                        .append("\">").append(Html.escape(u)).append("</a>");
            } else {
                b.append("<span class=\"url\">").append(Html.escape(u)).append("</span>");
            }
        });
        b.append("</p>\n<p class=\"outlet\" id=\"outlet\">Outlet: ");
        if (a.outlet().isEmpty()) {
            b.append("<span class=\"none\">not found</span>");
        } else {
            Outlet o = a.outlet().get();
            b.append("<strong class=\"outlet-name\">").append(Html.escape(o.name())).append("</strong>");
            o.domain().ifPresent(d -> b.append(" <span class=\"domain\">").append(Html.escape(d)).append("</span>"));
            b.append(" <span class=\"evidence\">— found in the ").append(Html.escape(evidence(o.evidence()))).append("</span>");
            o.country().ifPresent(c -> b.append(" · country <span class=\"country\">").append(Html.escape(c)).append("</span>"));
            o.affiliation().ifPresent(f -> b.append(" · <span class=\"affiliation\">").append(Html.escape(f)).append("</span>"));
            if (!o.wires().isEmpty()) {
                b.append(" · wires credited: <span class=\"wires\">").append(Html.escape(String.join(", ", o.wires()))).append("</span>");
            }
        }
        b.append("</p>\n");
        if (!a.warnings().isEmpty()) {
            b.append("<ul class=\"warnings\">");
            for (String w : a.warnings()) b.append("<li>").append(Html.escape(w)).append("</li>");
            b.append("</ul>\n");
        }
        b.append("</header>\n");
    }

    private static String evidence(String e) {
        return switch (e) {
            case "url" -> "article's URL";
            case "metadata" -> "page's metadata";
            case "byline" -> "byline";
            case "footer" -> "promotional footer";
            default -> e;
        };
    }

    /** The text with every annotation as a nested element; ids let the panels and other pages point into it. */
    String markup(Analysis a, Map<String, Entity> byId) {
        SpanMarkup m = new SpanMarkup();
        List<Quote> quotes = a.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String qid = "q" + (i + 1);
            String who = q.speaker().map(r -> name(r, byId)).orElse("nobody credited");
            m.add(q.start(), q.end(), 0, "<span class=\"quote" + (q.direct() ? " direct" : " reported") + "\" id=\"q"
                    + (i + 1) + "\" data-speaker=\"" + Html.escape(q.speaker().flatMap(Reference::entity).orElse(""))
                    + "\" title=\"" + Html.escape(who + " said") + "\">", "</span>");
            q.speaker().ifPresent(r -> cited(m, r, qid, "speaker"));
        }
        List<Figure> figures = a.figures();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String fid = "f" + (i + 1);
            String from = f.source().map(r -> name(r, byId)).orElse("no source given");
            String denied = f.denial().map(d -> " — denied" + d.by().map(r -> " by " + name(r, byId)).orElse("")).orElse("");
            m.add(f.start(), f.end(), 1, "<span class=\"fig" + (f.denied() ? " denied" : "") + "\" id=\"f" + (i + 1) + "\" data-measure=\""
                    + Html.escape(f.measure().jsonName()) + "\" data-value=\"" + Html.escape(FigureValues.number(f.value()))
                    + "\" title=\"" + Html.escape(FigureValues.format(f) + " " + f.measure().jsonName() + " — source: " + from + denied)
                    + "\">", "</span>");
            f.source().ifPresent(r -> cited(m, r, fid, "source"));
            f.denial().flatMap(Figure.Denial::by).ifPresent(r -> cited(m, r, fid, "denier"));
        }
        for (Entity e : a.entities()) {
            String type = e.type().name().toLowerCase(Locale.ROOT);
            for (Mention men : e.mentions()) {
                m.add(men.start(), men.end(), 3, "<mark class=\"ent ent-" + Html.escape(type)
                        + (men.kind() == Mention.Kind.NAME ? "" : " " + men.kind().name().toLowerCase(Locale.ROOT))
                        + "\" data-entity=\"" + Html.escape(e.id()) + "\" title=\"" + Html.escape(e.type().name() + ": " + e.name())
                        + "\">", "</mark>");
            }
        }
        List<Event> events = a.events();
        for (int i = 0; i < events.size(); i++) {
            Event ev = events.get(i);
            m.add(ev.start(), ev.end(), 5, "<span class=\"event\" id=\"ev" + (i + 1) + "\" data-type=\""
                    + Html.escape(ev.type()) + "\" title=\"" + Html.escape(eventSummary(ev, a, byId)) + "\">", "</span>");
        }
        List<Framing> framing = a.framing();
        for (int i = 0; i < framing.size(); i++) {
            Framing fr = framing.get(i);
            m.add(fr.start(), fr.end(), 6, "<span class=\"frame frame-" + fr.kind().jsonName() + "\" id=\"fr" + (i + 1)
                    + "\" title=\"" + Html.escape(fr.reason() + fr.alternative().map(x -> " — say: " + x).orElse(""))
                    + "\">", "</span>");
        }
        for (TimeExpression t : a.times()) {
            m.add(t.start(), t.end(), 4, "<span class=\"time\" data-value=\"" + Html.escape(t.value().orElse(""))
                    + "\" title=\"" + Html.escape(t.value().map(v -> "→ " + v + t.valueEnd().map(e -> " … " + e).orElse(""))
                    .orElse("unresolved")) + "\">", "</span>");
        }
        return m.render(a.text());
    }

    /** The words naming a speaker or source, tied to what they are credited with ({@code q1}, {@code f2}). */
    private static void cited(SpanMarkup m, Reference r, String forId, String kind) {
        if (r.text().isEmpty() || r.start() < 0 || r.end() <= r.start()) return;
        m.add(r.start(), r.end(), 2, "<span class=\"cited " + kind + "\" id=\"" + forId + "-" + kind + "\" data-for=\""
                + forId + "\">", "</span>");
    }

    private static String name(Reference r, Map<String, Entity> byId) {
        Optional<Entity> e = r.entity().map(byId::get);
        if (e.isPresent()) return e.get().name();
        return r.text().orElse("someone");
    }

    private static void legend(StringBuilder b) {
        b.append("<section class=\"panel legend\" id=\"legend\"><h2>Highlighted</h2><p>")
                .append("<span class=\"key ent ent-person\">person</span> <span class=\"key ent ent-location\">place</span> ")
                .append("<span class=\"key ent ent-organization\">organisation</span> <span class=\"key quote\">quote</span> ")
                .append("<span class=\"key fig\">figure</span> <span class=\"key time\">time</span> ")
                .append("<span class=\"key event\">event</span> <span class=\"key frame\">wording to check</span> ")
                .append("<span class=\"key cited\">speaker / source</span></p></section>\n");
    }

    private void quotesPanel(StringBuilder b, Analysis a, Map<String, Entity> byId) {
        b.append("<section class=\"panel\" id=\"who-said-what\"><h2>Who said what</h2>");
        if (a.quotes().isEmpty()) b.append("<p class=\"none\">No quotes found.</p>");
        else b.append("<ol class=\"quotes\">");
        for (int i = 0; i < a.quotes().size(); i++) {
            Quote q = a.quotes().get(i);
            String id = "q" + (i + 1);
            b.append("<li class=\"quote-item\" data-quote=\"").append(id).append("\">");
            credited(b, q.speaker(), id, "speaker", byId, a);
            b.append(q.direct() ? " said: " : " said that ").append("<a class=\"quote-link\" href=\"#").append(id).append("\">")
                    .append(Html.escape(excerpt(q.text(), 160))).append("</a></li>");
        }
        if (!a.quotes().isEmpty()) b.append("</ol>");
        b.append("</section>\n");
    }

    private void figuresPanel(StringBuilder b, Analysis a, Map<String, Entity> byId) {
        if (!openPanel(b, "which-numbers", "Which numbers, from whom", a.figures().isEmpty(), "No figures found.")) return;
        b.append("<table class=\"figures\"><thead><tr><th>#</th><th>value</th><th>measure</th><th>source</th><th>about</th><th></th></tr></thead><tbody>");
        for (int i = 0; i < a.figures().size(); i++) {
            Figure f = a.figures().get(i);
            String id = "f" + (i + 1);
            b.append("<tr class=\"figure-row\" data-figure=\"").append(id).append("\"><td><a href=\"#").append(id).append("\">")
                    .append(i + 1).append("</a></td><td class=\"value\">").append(Html.escape(FigureValues.format(f)))
                    .append(f.partOf().isPresent() ? " <span class=\"part\">(part of #" + (f.partOf().getAsInt() + 1) + ")</span>" : "")
                    .append("</td><td class=\"measure\">").append(Html.escape(f.measure().jsonName())).append("</td><td class=\"source\">");
            credited(b, f.source(), id, "source", byId, a);
            if (f.denied()) {
                b.append(" <span class=\"mark mark-denial\">denied");
                if (f.denial().get().by().isPresent()) {
                    b.append(" by ");
                    credited(b, f.denial().get().by(), id, "denier", byId, a);
                }
                b.append("</span>");
            }
            b.append("</td><td class=\"setting\">").append(Html.escape(setting(f, byId))).append("</td><td>");
            links.fact(a, i).ifPresent(href -> b.append("<a class=\"fact-link\" href=\"").append(Html.escape(href))
                    .append("\" title=\"compare with other sources\">compare</a>"));
            b.append("</td></tr>");
        }
        b.append("</tbody></table></section>\n");
    }

    /** Where and when the figure's sentence places it ("Almaty · 2022-01-05"), "—" when it does not say. */
    private static String setting(Figure f, Map<String, Entity> byId) {
        Optional<String> place = f.place().map(id -> Optional.ofNullable(byId.get(id)).map(Entity::name).orElse(id));
        if (place.isEmpty() && f.date().isEmpty()) return "—";
        return place.map(p -> f.date().map(d -> p + " · " + d).orElse(p)).orElse(f.date().orElse(""));
    }

    /** "riot in Almaty (inferred from the article), 2022-01-05, by the police": an event in a few words. */
    private static String eventSummary(Event ev, Analysis a, Map<String, Entity> byId) {
        StringBuilder s = new StringBuilder(ev.type().replace('_', ' '));
        ev.place().ifPresent(p -> s.append(" in ").append(name(p, byId)).append(ev.placeInferred() ? " (inferred from the article)" : ""));
        time(ev, a).ifPresent(t -> s.append(", ").append(t));
        ev.actor().ifPresent(r -> s.append(", by ").append(name(r, byId)));
        return s.toString();
    }

    /** The event's time: its resolved value, else the words; empty when the index points at no time. */
    private static Optional<String> time(Event ev, Analysis a) {
        if (ev.time().isEmpty() || ev.time().getAsInt() < 0 || ev.time().getAsInt() >= a.times().size()) return Optional.empty();
        TimeExpression t = a.times().get(ev.time().getAsInt());
        return Optional.of(t.value().orElse(t.text()));
    }

    /** Opens a side panel and says whether to list in it; an empty one is closed at once with its "none" line. */
    private static boolean openPanel(StringBuilder b, String id, String title, boolean empty, String none) {
        b.append("<section class=\"panel\" id=\"").append(id).append("\"><h2>").append(title).append("</h2>");
        if (empty) b.append("<p class=\"none\">").append(none).append("</p></section>\n");
        return !empty;
    }

    private static void eventsPanel(StringBuilder b, Analysis a, Map<String, Entity> byId) {
        if (!openPanel(b, "events", "Events", a.events().isEmpty(), "No events found.")) return;
        b.append("<ol class=\"events\">");
        for (int i = 0; i < a.events().size(); i++) {
            Event ev = a.events().get(i);
            String id = "ev" + (i + 1);
            b.append("<li class=\"event-item\" data-event=\"").append(id).append("\"><a class=\"event-type\" href=\"#")
                    .append(id).append("\">").append(Html.escape(ev.type().replace('_', ' '))).append("</a>");
            ev.cameo().ifPresent(c -> b.append(" <span class=\"cameo\" title=\"CAMEO event code\">CAMEO ").append(Html.escape(c)).append("</span>"));
            b.append(" <span class=\"said\">“").append(Html.escape(excerpt(ev.text(), 60))).append("”</span>");
            ev.place().ifPresent(p -> b.append(" · in <span class=\"place\">").append(Html.escape(name(p, byId)))
                    .append("</span>").append(ev.placeInferred() ? " <span class=\"inferred\">(inferred from the article)</span>" : ""));
            time(ev, a).ifPresent(t -> b.append(" · <span class=\"when\">").append(Html.escape(t)).append("</span>"));
            ev.actor().ifPresent(r -> b.append(" · by <span class=\"actor\">").append(Html.escape(name(r, byId))).append("</span>"));
            List<Integer> figs = ev.figures().stream().filter(f -> f >= 0 && f < a.figures().size()).toList();
            if (!figs.isEmpty()) {
                b.append(" · figures");
                for (int f : figs) b.append(" <a class=\"event-figure\" href=\"#f").append(f + 1).append("\">#").append(f + 1).append("</a>");
            }
            b.append("</li>");
        }
        b.append("</ol></section>\n");
    }

    private static void framingPanel(StringBuilder b, Analysis a, Map<String, Entity> byId) {
        if (!openPanel(b, "framing", "Wording to check", a.framing().isEmpty(), "Nothing flagged.")) return;
        b.append("<ul class=\"framing\">");
        for (int i = 0; i < a.framing().size(); i++) {
            Framing fr = a.framing().get(i);
            String id = "fr" + (i + 1);
            b.append("<li class=\"framing-item frame-").append(fr.kind().jsonName()).append("\" data-frame=\"").append(id)
                    .append("\"><span class=\"type\">").append(fr.kind().jsonName().replace('_', ' ')).append("</span> ")
                    .append("<a class=\"said\" href=\"#").append(id).append("\">“").append(Html.escape(excerpt(fr.text(), 80)))
                    .append("”</a>: <span class=\"reason\">").append(Html.escape(fr.reason())).append("</span>");
            fr.alternative().ifPresent(x -> b.append(" — say <span class=\"alternative\">").append(Html.escape(x)).append("</span>"));
            fr.speaker().ifPresent(r -> b.append(" <span class=\"in-quote\">(in a quote of ").append(Html.escape(name(r, byId)))
                    .append(": the speaker's words)</span>"));
            fr.basis().ifPresent(x -> b.append(" <span class=\"basis\">basis: ").append(Html.escape(x)).append("</span>"));
            b.append("</li>");
        }
        b.append("</ul></section>\n");
    }

    /** "Almaz Orozbekov" linked to the words naming him in the text (and to his entity page when linked). */
    private void credited(StringBuilder b, Optional<Reference> ref, String forId, String kind, Map<String, Entity> byId,
                          Analysis a) {
        if (ref.isEmpty()) {
            b.append("<span class=\"who none\">nobody credited</span>");
            return;
        }
        Reference r = ref.get();
        String name = name(r, byId);
        boolean inText = r.text().isPresent() && r.start() >= 0 && r.end() > r.start() && r.end() <= a.text().length();
        b.append(inText ? "<a class=\"who\" href=\"#" + forId + "-" + kind + "\">" : "<span class=\"who\">")
                .append(Html.escape(name)).append(inText ? "</a>" : "</span>");
        if (r.text().isPresent() && !r.text().get().equals(name)) {
            b.append(" <span class=\"as\">(“").append(Html.escape(excerpt(r.text().get(), 60))).append("”)</span>");
        }
        Optional<Entity> e = r.entity().map(byId::get);
        if (e.isPresent()) {
            links.entity(e.get()).ifPresent(href -> b.append(" <a class=\"entity-link\" href=\"").append(Html.escape(href))
                    .append("\" title=\"other articles naming ").append(Html.escape(e.get().name())).append("\">↗</a>"));
        }
    }

    private void entitiesPanel(StringBuilder b, Analysis a) {
        b.append("<section class=\"panel\" id=\"entities\"><h2>Entities</h2><ul class=\"entities\">");
        for (Entity e : a.entities()) {
            b.append("<li class=\"entity ent-").append(Html.escape(e.type().name().toLowerCase(Locale.ROOT)))
                    .append("\" data-entity=\"").append(Html.escape(e.id())).append("\"><span class=\"type\">")
                    .append(Html.escape(e.type().name())).append("</span> ");
            Optional<String> href = links.entity(e);
            b.append(href.map(h -> "<a class=\"name\" href=\"" + Html.escape(h) + "\">").orElse("<span class=\"name\">"))
                    .append(Html.escape(e.name())).append(href.isPresent() ? "</a>" : "</span>");
            e.kb().ifPresent(k -> b.append(" <span class=\"kb\">").append(Html.escape(k)).append("</span>"));
            e.country().ifPresent(c -> b.append(" <span class=\"country\">").append(Html.escape(c)).append("</span>"));
            b.append(" <span class=\"count\">×").append(e.mentions().size()).append("</span></li>");
        }
        b.append("</ul></section>\n");
    }

    private static void timesPanel(StringBuilder b, Analysis a) {
        b.append("<section class=\"panel\" id=\"times\"><h2>Times</h2><ul class=\"times\">");
        for (TimeExpression t : a.times()) {
            b.append("<li><span class=\"said\">").append(Html.escape(t.text())).append("</span> → <span class=\"value\">")
                    .append(Html.escape(t.value().orElse("unresolved"))).append(t.valueEnd().map(e -> " … " + Html.escape(e)).orElse(""))
                    .append("</span>").append(t.mod().map(md -> " <span class=\"mod\">" + Html.escape(md) + "</span>").orElse(""))
                    .append("</li>");
        }
        b.append("</ul></section>\n");
    }

    static String excerpt(String s, int max) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    /** A CSP source expression allowing exactly this inline content. */
    public static String sha256(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = ArticleHtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " beside ArticleHtmlWriter");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
