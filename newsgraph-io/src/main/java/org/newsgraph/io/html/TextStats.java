package org.newsgraph.io.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Text measures of every element of a subtree, computed in one bottom-up pass so that scoring never re-reads a
 * subtree's text: visible characters (whitespace runs count as one), characters inside links, and commas.
 * A snapshot: recompute after removing nodes.
 */
final class TextStats {
    /**
     * Measures of one element. {@code looseChars}: text not inside any block child (a container's own paragraph);
     * {@code containsBlocks}: some descendant is a block element.
     */
    record Measure(int chars, int linkChars, int commas, int paragraphs, boolean containsBlocks, int looseChars,
                   int looseCommas) {
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private static final Measure NONE = new Measure(0, 0, 0, 0, false, 0, 0);
    private final Map<Element, Measure> measures = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Measures every element under (and including) {@code root}. */
    static TextStats measureAll(Element root) {
        TextStats stats = new TextStats();
        stats.measure(root, false);
        return stats;
    }

    Measure of(Element e) {
        return measures.getOrDefault(e, NONE);
    }

    private Measure measure(Element root, boolean insideLink) {
        // Iterative post-order would avoid deep recursion; pages are capped and jsoup's own depth limit bounds it.
        int chars = 0, linkChars = 0, commas = 0, paragraphs = 0, looseChars = 0, looseCommas = 0;
        boolean containsBlocks = false;
        boolean link = insideLink || root.normalName().equals("a");
        for (Node child : root.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                int n = visibleLength(text);
                chars += n;
                if (link) linkChars += n;
                int c = commas(text);
                commas += c;
                looseChars += n;
                looseCommas += c;
            } else if (child instanceof Element e) {
                Measure m = measure(e, link);
                containsBlocks |= m.containsBlocks || BlockTags.isBlock(e);
                if (!BlockTags.isBlock(e)) {
                    looseChars += m.chars;
                    looseCommas += m.commas;
                }
                chars += m.chars;
                linkChars += m.linkChars;
                commas += m.commas;
                paragraphs += m.paragraphs;
            }
        }
        if (root.normalName().equals("p")) paragraphs++;
        Measure m = new Measure(chars, linkChars, commas, paragraphs, containsBlocks, looseChars, looseCommas);
        measures.put(root, m);
        return m;
    }

    /** Length with every whitespace run counted as one character. */
    static int visibleLength(String text) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) n++;
                space = true;
            } else {
                n++;
                space = false;
            }
        }
        return n;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') n++;
        }
        return n;
    }
}
