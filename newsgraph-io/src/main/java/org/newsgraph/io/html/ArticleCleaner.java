package org.newsgraph.io.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Removes from the chosen article what does not read like its text (Readability's "clean conditionally"): link
 * lists, blocks of links, short fragments, forms, and headings whose class says they are furniture. Containers are
 * judged innermost first, so a wrapper is judged on what is left inside it.
 */
final class ArticleCleaner {
    private static final Set<String> JUDGED = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section",
            "dl", "figure", "header");
    private static final Set<String> LISTS = Set.of("ul", "ol", "dl");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section");
    private static final double LINK_PARAGRAPH_DENSITY = 0.8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’»)]$");

    private final boolean weighClasses;

    ArticleCleaner(boolean weighClasses) {
        this.weighClasses = weighClasses;
    }

    void clean(Element article) {
        removeClutter(article);
        removeLinkParagraphs(article);
    }

    private void removeClutter(Element article) {
        Map<Element, Counts> counts = new IdentityHashMap<>();
        Counts.measure(article, false, false, counts);
        Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Counts> removedInside = new IdentityHashMap<>();
        Elements all = article.getAllElements();
        // Innermost first (reverse document order visits every descendant before its ancestor). What a child lost
        // is handed to its parent only, so a wrapper is judged on what is left inside it at constant cost per node.
        for (int i = all.size() - 1; i >= 1; i--) {
            Element e = all.get(i);
            Counts c = counts.get(e);
            Counts lost = removedInside.remove(e);
            if (lost != null) c.subtract(lost);
            boolean remove = BlockTags.isHeading(e) ? furnitureHeading(e, c)
                    : JUDGED.contains(e.normalName()) && !c.insideDataTable && clutter(e, c);
            if (remove) doomed.add(e);
            Counts handedUp = remove ? c : lost;
            if (handedUp != null && e.parent() != null) {
                removedInside.computeIfAbsent(e.parent(), p -> new Counts()).add(handedUp);
            }
        }
        Nodes.removeAll(doomed);
    }

    private boolean furnitureHeading(Element heading, Counts c) {
        if (weighClasses && NodeHints.classWeight(heading) < 0) return true;
        return c.chars == 0 || c.linkDensity() > 0.33;
    }

    private boolean clutter(Element e, Counts c) {
        if (e.normalName().equals("blockquote") || (c.quoteChars > 0 && c.quoteChars * 2 >= c.chars)) return false;
        int weight = weighClasses ? NodeHints.classWeight(e) : 0;
        if (weight < 0) return true;
        if (c.commas >= 10) return false;
        boolean list = LISTS.contains(e.normalName());
        double headingDensity = c.chars == 0 ? 0 : (double) c.headingChars / c.chars;
        double linkDensity = c.linkDensity();
        if (!list && c.items - 100 > c.paragraphs) return true;
        if (!list && headingDensity < 0.9 && c.chars < 25) return true;
        if (!list && weight < 25 && linkDensity > 0.2) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        // a list whose items are mostly links: related stories, tags, menus
        return list && c.chars > 0 && linkDensity > 0.5;
    }

    /** What clutter is judged on, per element; mutable so that removals inside can be subtracted. */
    private static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int paragraphs;
        int items;
        int headingChars;
        int quoteChars;
        boolean insideDataTable;

        static Counts measure(Element e, boolean inLink, boolean inDataTable, Map<Element, Counts> into) {
            Counts c = new Counts();
            String tag = e.normalName();
            boolean link = inLink || tag.equals("a");
            c.insideDataTable = inDataTable;
            boolean dataTable = inDataTable || (tag.equals("table") && e.selectFirst("th") != null);
            for (Node child : e.childNodes()) {
                if (child instanceof TextNode t) {
                    String text = t.getWholeText();
                    int n = TextStats.visibleLength(text);
                    c.chars += n;
                    if (link) c.linkChars += n;
                    c.commas += TextStats.commas(text);
                } else if (child instanceof Element ce) {
                    c.add(measure(ce, link, dataTable, into));
                }
            }
            if (tag.equals("p")) c.paragraphs++;
            if (tag.equals("li")) c.items++;
            if (BlockTags.isHeading(e)) c.headingChars = c.chars;
            if (tag.equals("blockquote")) c.quoteChars = c.chars;
            into.put(e, c);
            return c;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        void add(Counts o) {
            chars += o.chars;
            linkChars += o.linkChars;
            commas += o.commas;
            paragraphs += o.paragraphs;
            items += o.items;
            headingChars += o.headingChars;
            quoteChars += o.quoteChars;
        }

        void subtract(Counts o) {
            chars -= o.chars;
            linkChars -= o.linkChars;
            commas -= o.commas;
            paragraphs -= o.paragraphs;
            items -= o.items;
            headingChars -= o.headingChars;
            quoteChars -= o.quoteChars;
        }
    }

    /**
     * Removes paragraphs that are nothing but a link ("Read more on…", teasers of other stories) and the short label
     * that introduces a run of them ("Don't miss", "You may also like…").
     */
    private static void removeLinkParagraphs(Element article) {
        TextStats stats = TextStats.measureAll(article);
        Set<Element> doomed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : article.getAllElements()) {
            if (!PARAGRAPHS.contains(e.normalName())) continue;
            TextStats.Measure m = stats.of(e);
            if (m.containsBlocks() || m.chars() == 0 || m.linkDensity() < LINK_PARAGRAPH_DENSITY) continue;
            if (EmbeddedQuotes.holdsQuote(e) || insideQuote(e)) continue;
            Element label = e.previousElementSibling();
            if (label != null && !doomed.contains(label) && isLabel(label, stats)) doomed.add(label);
            doomed.add(e);
        }
        Nodes.removeAll(doomed);
    }

    private static boolean isLabel(Element e, TextStats stats) {
        TextStats.Measure m = stats.of(e);
        if (m.containsBlocks() || m.chars() == 0 || m.chars() > 60 || m.linkDensity() >= LINK_PARAGRAPH_DENSITY) {
            return false;
        }
        if (!PARAGRAPHS.contains(e.normalName()) && !BlockTags.isHeading(e)) return false;
        String text = e.text().strip();
        return text.endsWith(":") || text.endsWith("...") || text.endsWith("…") || !SENTENCE_END.matcher(text).find();
    }

    private static boolean insideQuote(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) if (p.normalName().equals("blockquote")) return true;
        return false;
    }
}
