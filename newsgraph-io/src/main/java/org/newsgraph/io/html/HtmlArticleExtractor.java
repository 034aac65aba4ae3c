package org.newsgraph.io.html;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Interim extractor (paragraph text of the page); replaced by the boilerplate-removing extractor. */
public final class HtmlArticleExtractor {
    public ExtractedPage extract(String html, Optional<String> url) {
        Document d = Jsoup.parse(html, url.orElse(""));
        StringBuilder b = new StringBuilder();
        d.select("p").forEach(p -> {
            String t = p.text().strip();
            if (!t.isEmpty()) b.append(t).append("\n\n");
        });
        String title = d.title();
        return new ExtractedPage(Optional.of(title).filter(s -> !s.isBlank()), b.toString().strip(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
