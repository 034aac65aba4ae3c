package org.newsgraph.io.html;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlArticleExtractor} found in one HTML page: the article body as plain text (paragraphs separated by a
 * blank line, without the title and without boilerplate) and the page's metadata, each empty when the page does not
 * say it.
 *
 * @param title        the headline, without a trailing " | Site" part
 * @param body         the article's main text; empty (never null) when none was found
 * @param published    the publication date or date-time as the page gives it (ISO-8601 in most pages)
 * @param siteName     the publisher or site name
 * @param canonicalUrl the page's canonical URL, else the URL it was read from
 * @param byline       the author(s)
 * @param language     the page's declared language tag, e.g. {@code en-US}
 */
public record ExtractedPage(Optional<String> title, String body, Optional<String> published,
                            Optional<String> siteName, Optional<String> canonicalUrl, Optional<String> byline,
                            Optional<String> language) {

    public ExtractedPage {
        Objects.requireNonNull(body, "body");
        title = clean(title);
        published = clean(published);
        siteName = clean(siteName);
        canonicalUrl = clean(canonicalUrl);
        byline = clean(byline);
        language = clean(language);
    }

    /** A page with nothing in it: empty body, no metadata. */
    public static ExtractedPage empty() {
        return new ExtractedPage(Optional.empty(), "", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static Optional<String> clean(Optional<String> value) {
        return Objects.requireNonNull(value).map(String::strip).filter(s -> !s.isEmpty());
    }
}
