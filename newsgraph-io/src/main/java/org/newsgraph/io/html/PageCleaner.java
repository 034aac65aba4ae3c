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
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;

/**
 * Removes from a page what can never be article text: scripts, styles, forms controls, embedded media, hidden
 * elements, page furniture named by tag (nav, footer, aside) or ARIA role, and — unless {@code keepUnlikely} — by
 * class/id ({@link NodeHints#unlikely}).
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button",
            "input", "select", "textarea", "option", "link", "meta", "audio", "video", "source", "map", "dialog",
            "frame", "frameset", "head", "math", "picture", "img", "figure", "figcaption");
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "footer", "aside", "menu");
    private static final Set<String> INLINE = Set.of("span", "em", "strong", "b", "i", "u", "small", "font", "abbr",
            "cite", "time", "mark", "q", "sup", "sub");
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
        Nodes.removeAll(doomed);
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
        if (hidden(e) || popupCard(e)) return true;
        if (kept.contains(e)) return false;
        if (FURNITURE_TAGS.contains(tag)) return true;
        if (NodeHints.furnitureRole(e)) return true;
        // headings are judged later, in the article, by their class weight ("subheader" is not a page header)
        if (keepUnlikely || NEVER_UNLIKELY.contains(tag) || BlockTags.isHeading(e) || NodeHints.markedAsBody(e)) {
            return false;
        }
        return NodeHints.unlikely(e) && !insideTableOrCode(e) && !EmbeddedQuotes.holdsQuote(e)
                && !partOfSentence(e);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || NodeHints.hiddenByClass(e)) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden")) && !e.normalName().equals("body")) return true;
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * A span inside a paragraph that holds a list of links (three or more, nearly all its text): a hover card or
     * pop-up that scripts show over a name, not words of the sentence.
     */
    private static boolean popupCard(Element e) {
        if (!e.normalName().equals("span") || e.childrenSize() == 0 || !insideParagraph(e)) return false;
        if (!linkList(e)) return false;
        // the innermost such span is the card; its wrapper also holds the name the card pops up over
        for (Element child : e.children()) if (child.normalName().equals("span") && linkList(child)) return false;
        return true;
    }

    private static boolean linkList(Element e) {
        Elements links = e.getElementsByTag("a");
        if (links.size() < 3) return false;
        int chars = e.text().length();
        int linkChars = 0;
        for (Element a : links) linkChars += a.text().length() + 1;
        return chars >= 50 && linkChars >= 0.9 * chars;
    }

    private static boolean insideParagraph(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("p")) return true;
            if (BlockTags.isBlock(p)) return false;
        }
        return false;
    }

    /**
     * An inline element that is a small part of its paragraph ("WASHINGTON (AP) —" in a span named "dateline"):
     * removing it would cut a sentence. A span that is most of its paragraph (a caption) may go.
     */
    private static boolean partOfSentence(Element e) {
        if (!INLINE.contains(e.normalName())) return false;
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("p")) return p.text().length() > 2 * e.text().length();
            if (BlockTags.isBlock(p)) return false;
        }
        return false;
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
