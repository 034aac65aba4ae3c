package org.newsgraph.io.html;

import java.util.Optional;

/** What the HTML extractor found on a page: the article body without boilerplate, and the page's metadata. */
public record ExtractedPage(Optional<String> title, String body, Optional<String> published, Optional<String> siteName,
                            Optional<String> canonicalUrl, Optional<String> byline, Optional<String> language) {
}
