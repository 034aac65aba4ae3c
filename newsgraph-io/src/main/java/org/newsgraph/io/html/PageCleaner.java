package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes from a page what can never be article text: scripts, styles, forms controls, embedded media, hidden
 * elements, and — unless {@code keepUnlikely} — page furniture named by tag (nav, footer, aside), ARIA role or
 * class/id ({@link NodeHints#unlikely}).
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
            "input", "select", "textarea", "option", "link", "meta", "audio", "video", "source", "map", "dialog",
            "frame", "frameset", "head", "math", "picture", "img", "figure", "figcaption");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu");
    private static final Set<String> NEVER_UNLIKELY = Set.of("html", "body", "article", "main", "a", "p");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private final boolean keepUnlikely;

    PageCleaner(boolean keepUnlikely) {
        this.keepUnlikely = keepUnlikely;
    }

    /** Cleans the subtree of {@code root} in place. */
    void clean(Element root) {
        Set<Element> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element marker : contentMarkers(root)) {
            for (Element e = marker; e != null; e = e.parent()) kept.add(e);
        }
        List<Node> doomed = new ArrayList<>();
        root.filter(new Collector(doomed, kept));
        for (Node node : doomed) node.remove();
    }

    /**
     * Elements microdata calls the article body. Neither they nor their ancestors are removed for a furniture-like
     * name, which a page may give a wrapper ("has-sidebar"); hidden ones go (pages hide duplicates for other views).
     */
    private static List<Element> contentMarkers(Element root) {
        List<Element> markers = new ArrayList<>();
        for (Element e : root.select("[itemprop~=(?i)^articlebody$]")) {
            if (!NodeHints.unlikely(e)) markers.add(e);
        }
        return markers;
    }

    private boolean doomed(Element e, Set<Element> kept) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) return true;
        if (hidden(e)) return true;
        if (kept.contains(e)) return false;
        if (keepUnlikely) return false;
        if (FURNITURE_TAGS.contains(tag)) return true;
        if (NodeHints.furnitureRole(e)) return true;
        if (NEVER_UNLIKELY.contains(tag) || NodeHints.markedAsBody(e)) return false;
        return NodeHints.unlikely(e) && !insideTableOrCode(e) && !EmbeddedQuotes.holdsQuote(e);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || NodeHints.hiddenByClass(e)) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")) return true;
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    private static boolean insideTableOrCode(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("table") || tag.equals("code") || tag.equals("pre")) return true;
        }
        return false;
    }

    /** Marks doomed nodes without descending into them (removal happens after the walk). */
    private final class Collector implements NodeFilter {
        private final List<Node> doomed;
        private final Set<Element> kept;

        Collector(List<Node> doomed, Set<Element> kept) {
            this.doomed = doomed;
            this.kept = kept;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof Comment) {
                doomed.add(node);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e && doomed(e, kept)) {
                doomed.add(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
        }
    }

}
