package org.newsgraph.io.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Recognises the wrapper of an embedded post or quote (a social-media embed is a {@code blockquote} in a wrapper
 * named "social…" or "embed…"): its words belong to the article even though its name sounds like furniture.
 * Comment threads, which also quote, are never rescued.
 */
final class EmbeddedQuotes {
    private EmbeddedQuotes() {
    }

    static boolean holdsQuote(Element e) {
        if (e.normalName().equals("blockquote")) return true;
        if (NodeHints.classAndId(e).toLowerCase(Locale.ROOT).contains("comment")) return false;
        Element quote = e.selectFirst("blockquote");
        if (quote == null) return false;
        int quoteChars = quote.text().length();
        return quoteChars > 0 && quoteChars * 2 >= e.text().length();
    }
}
