package org.newsgraph.io.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Which HTML elements start a new block of text (paragraph-like) rather than flowing inline. */
final class BlockTags {
    static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl",
            "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
            "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul", "body", "html");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private BlockTags() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }

}
