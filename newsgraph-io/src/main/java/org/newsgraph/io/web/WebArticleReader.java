package org.newsgraph.io.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.warc.PageCharset;

/**
 * The article of an {@code http(s)://} input: the page is fetched ({@link UrlFetcher}) and read like a saved
 * page, its URL being the one the redirects ended at. HTML is decoded with the charset of the HTTP header, else of
 * its {@code <meta>}, else UTF-8; JSON records and plain text are read as files of those kinds are.
 */
public final class WebArticleReader {
    private final UrlFetcher fetcher;
    private final ArticleReader articles;

    public WebArticleReader(UrlFetcher fetcher, ArticleReader articles) {
        this.fetcher = fetcher;
        this.articles = articles;
    }

    public void read(String url, Consumer<ReadResult> out) {
        try {
            UrlFetcher.Page page = fetcher.fetch(url);
            String id = idOf(page.uri());
            String media = page.mediaType();
            if (media.isEmpty() || media.contains("html") || media.equals("application/xml") || media.equals("text/xml")) {
                String html = PageCharset.decode(page.body(), page.charset());
                out.accept(articles.page(url, id, html, Optional.of(page.uri().toString())));
            } else if (media.equals("application/json") || media.equals("text/plain")) {
                String text = PageCharset.decode(page.body(), page.charset().or(() -> Optional.of("UTF-8")));
                ReadResult r = articles.parse(url, id, media.endsWith("json") ? "json" : "txt", text.getBytes(StandardCharsets.UTF_8));
                out.accept(r.article().filter(a -> a.url().isEmpty())
                        .map(a -> ReadResult.ok(r.origin(), new Article(a.id(), Optional.of(page.uri().toString()), a.published(),
                                a.title(), a.body(), a.siteName(), a.byline(), a.language())))
                        .orElse(r));
            } else {
                out.accept(ReadResult.failed(url, url + " is " + media + ", not an article page: give the URL of an HTML page"));
            }
        } catch (InputException e) {
            out.accept(ReadResult.failed(url, e.getMessage()));
        }
    }

    /** "https://news.example/2024/storm-toll.html" → "storm-toll"; a bare host names itself. */
    static String idOf(URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        while (path.endsWith("/")) path = path.substring(0, path.length() - 1);
        String last = path.substring(path.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot > 0) last = last.substring(0, dot);
        String id = last.isBlank() ? String.valueOf(uri.getHost()) : last;
        return id.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
    }
}
