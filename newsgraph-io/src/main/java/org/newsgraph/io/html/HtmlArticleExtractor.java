package org.newsgraph.io.html;

import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Extracts the article from an HTML page: its main text without navigation, sharing bars, related links, comments
 * and other boilerplate, and its metadata (title, publication date, site, canonical URL, author, language).
 *
 * <p>Thread-safe and stateless. Never throws on bad markup: an empty or unreadable page gives an empty body.
 * Input beyond {@link #MAX_INPUT_CHARS} is cut, which bounds time and memory per page.
 */
public final class HtmlArticleExtractor {
    /** Pages longer than this (in chars) are cut before parsing. */
    public static final int MAX_INPUT_CHARS = 10_000_000;

    /**
     * Extracts the article of {@code html}.
     *
     * @param html the page's markup (any quality)
     * @param url  where the page was read from: resolves relative links and is the canonical URL's fallback
     */
    public ExtractedPage extract(String html, Optional<String> url) {
        Objects.requireNonNull(url, "url");
        if (html == null || html.isBlank()) {
            return new ExtractedPage(Optional.empty(), "", Optional.empty(), Optional.empty(), url,
                    Optional.empty(), Optional.empty());
        }
        String input = html.length() > MAX_INPUT_CHARS ? html.substring(0, MAX_INPUT_CHARS) : html;
        Document page = Jsoup.parse(input, url.orElse(""));
        PageMetadataReader.Metadata meta = PageMetadataReader.read(page, url);
        // the body extractor takes the page apart; a looser pass, when one is needed, reads the markup again
        String body = BodyExtractor.extract(page, () -> Jsoup.parse(input, url.orElse("")),
                new BlockFilter(meta.title(), meta.byline()));
        return new ExtractedPage(meta.title(), body, meta.published(), meta.siteName(), meta.canonicalUrl(),
                meta.byline(), meta.language());
    }
}
