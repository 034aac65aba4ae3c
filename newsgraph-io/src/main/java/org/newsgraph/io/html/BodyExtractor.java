package org.newsgraph.io.html;

import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article body of a parsed page as plain text. A first pass is strict (page furniture removed by name,
 * class weights used); when it finds too little text, the looser passes run on fresh copies and the longest result
 * wins, as Readability does.
 */
final class BodyExtractor {
    /** Below this many characters a pass is suspected of having cut the article. */
    private static final int ENOUGH_CHARS = 500;

    private record Pass(boolean keepUnlikely, boolean weighClasses) {
    }

    private static final List<Pass> PASSES = List.of(
            new Pass(false, true), new Pass(true, true), new Pass(true, false));

    private BodyExtractor() {
    }

    /**
     * The body text of {@code page}, which the first pass takes apart (the caller hands it over); {@code fresh} makes
     * an unread copy of the page for each looser pass. Most pages need one pass, and a copy of a large page costs
     * about as much as a third of its parse, so the first pass gets no copy.
     */
    static String extract(Document page, Supplier<Document> fresh, BlockFilter filter) {
        String best = "";
        Document unread = page;
        for (Pass pass : PASSES) {
            String text = extractOnce(unread != null ? unread : fresh.get(), pass, filter);
            unread = null;
            if (text.length() >= ENOUGH_CHARS) return text;
            if (text.length() > best.length()) best = text;
        }
        return best;
    }

    private static String extractOnce(Document page, Pass pass, BlockFilter filter) {
        Element body = page.body();
        new PageCleaner(pass.keepUnlikely()).clean(body);
        ArticleLocator.Located located = new ArticleLocator(pass.weighClasses()).locate(body);
        Element article = new Element("div");
        for (Element part : located.parts()) article.appendChild(part);
        new ArticleCleaner(pass.weighClasses()).clean(article);
        List<BlockTextWriter.Block> blocks = BlockTextWriter.blocks(List.of(article));
        return String.join("\n\n", filter.filter(blocks));
    }
}
