package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
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
        Elements all = article.getAllElements();
        for (int i = all.size() - 1; i >= 1; i--) {
            Element e = all.get(i);
            if (e.parent() == null) continue;
            String tag = e.normalName();
            if (BlockTags.isHeading(e)) {
                if (furnitureHeading(e)) e.remove();
            } else if (JUDGED.contains(tag) && !insideDataTable(e) && clutter(e)) {
                e.remove();
            }
        }
    }

    private boolean furnitureHeading(Element heading) {
        if (weighClasses && NodeHints.classWeight(heading) < 0) return true;
        TextStats.Measure m = TextStats.measureAll(heading).of(heading);
        return m.chars() == 0 || m.linkDensity() > 0.33;
    }

    private boolean clutter(Element e) {
        TextStats stats = TextStats.measureAll(e);
        TextStats.Measure m = stats.of(e);
        if (EmbeddedQuotes.holdsQuote(e)) return false;
        int weight = weighClasses ? NodeHints.classWeight(e) : 0;
        if (weight < 0) return true;
        if (m.commas() >= 10) return false;
        boolean list = LISTS.contains(e.normalName());
        int paragraphs = e.getElementsByTag("p").size();
        int items = e.getElementsByTag("li").size() - 100;
        int inputs = e.getElementsByTag("input").size();
        double headingChars = 0;
        for (Element h : e.select("h1, h2, h3, h4, h5, h6")) headingChars += stats.of(h).chars();
        double headingDensity = m.chars() == 0 ? 0 : headingChars / m.chars();
        double linkDensity = m.linkDensity();
        if (!list && items > paragraphs) return true;
        if (inputs > paragraphs / 3) return true;
        if (!list && headingDensity < 0.9 && m.chars() < 25) return true;
        if (!list && weight < 25 && linkDensity > 0.2) return true;
        if (weight >= 25 && linkDensity > 0.5) return true;
        return list && listOfLinks(e, stats);
    }

    /**
     * Removes paragraphs that are nothing but a link ("Read more on…", teasers of other stories) and the short label
     * that introduces a run of them ("Don't miss", "You may also like…").
     */
    private static void removeLinkParagraphs(Element article) {
        TextStats stats = TextStats.measureAll(article);
        List<Element> doomed = new ArrayList<>();
        for (Element e : article.getAllElements()) {
            if (!PARAGRAPHS.contains(e.normalName())) continue;
            TextStats.Measure m = stats.of(e);
            if (m.containsBlocks() || m.chars() == 0 || m.linkDensity() < LINK_PARAGRAPH_DENSITY) continue;
            if (EmbeddedQuotes.holdsQuote(e) || insideQuote(e)) continue;
            Element label = e.previousElementSibling();
            if (label != null && !doomed.contains(label) && isLabel(label, stats)) doomed.add(label);
            doomed.add(e);
        }
        for (Element e : doomed) e.remove();
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

    /** A list whose items are mostly links (related stories, tags, menus). */
    private static boolean listOfLinks(Element list, TextStats stats) {
        TextStats.Measure m = stats.of(list);
        return m.chars() > 0 && m.linkDensity() > 0.5;
    }

    private static boolean insideDataTable(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("table") && p.select("th").size() > 0) return true;
        }
        return false;
    }

}
