package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from its head (Open Graph, Twitter cards, Dublin Core and common meta names), its JSON-LD
 * and its markup (h1, time, microdata), each field from the first source that has it.
 */
final class PageMetadataReader {
    /** The metadata found; the body is filled in later. */
    record Metadata(Optional<String> title, Optional<String> published, Optional<String> siteName,
                    Optional<String> canonicalUrl, Optional<String> byline, Optional<String> language) {
    }

    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:article:published_time", "og:published_time", "published_time",
            "article.published", "datepublished", "date.published", "pubdate", "publishdate", "publish-date",
            "publish_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date",
            "sailthru.date", "parsely-pub-date", "original-publish-date", "date", "article.created", "created");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "byl", "dc.creator",
            "sailthru.author", "parsely-author", "twitter:creator");
    private static final Pattern URL_LIKE = Pattern.compile("^(https?:)?//|^www\\.|^@");
    private static final Pattern MARKUP_BYLINE_END = Pattern.compile("\\s@|\\d|\\||\\s[-–—]\\s");
    private static final Pattern BY_PREFIX = Pattern.compile("(?i)^by\\s+");

    private PageMetadataReader() {
    }

    static Metadata read(Document page, Optional<String> url) {
        MetaTags meta = new MetaTags(page);
        JsonLd jsonLd = JsonLd.of(page);
        Optional<String> siteName = siteName(page, meta, jsonLd);
        return new Metadata(title(page, meta, jsonLd, siteName), published(page, meta, jsonLd), siteName,
                canonical(page, meta, url), byline(page, meta, jsonLd), language(page, meta, jsonLd));
    }

    private static Optional<String> title(Document page, MetaTags meta, JsonLd jsonLd, Optional<String> siteName) {
        Optional<String> raw = meta.get("og:title")
                .or(() -> meta.get("twitter:title"))
                .or(() -> jsonLd.articleText("headline"))
                .or(() -> firstText(page, "h1"))
                .or(() -> Optional.of(page.title()).filter(s -> !s.isBlank()));
        return raw.map(t -> TitleCleaner.clean(t, siteName));
    }

    /** The first candidate, in order of reliability, that is a plausible date; normalised to ISO-8601. */
    private static Optional<String> published(Document page, MetaTags meta, JsonLd jsonLd) {
        List<Supplier<Optional<String>>> sources = new ArrayList<>();
        for (String name : PUBLISHED_META) sources.add(() -> meta.get(name));
        sources.add(() -> jsonLd.articleText("datePublished"));
        sources.add(() -> attributeOrText(page.selectFirst("[itemprop=datePublished]"), "content", "datetime"));
        sources.add(() -> attributeOrText(page.selectFirst("time[pubdate][datetime], article time[datetime]"),
                "datetime"));
        sources.add(() -> attributeOrText(page.selectFirst("time[datetime]"), "datetime"));
        sources.add(() -> VisibleDate.find(page));
        for (Supplier<Optional<String>> source : sources) {
            Optional<String> date = source.get().flatMap(PublishedDate::normalise);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private static Optional<String> attributeOrText(Element e, String... attributes) {
        if (e == null) return Optional.empty();
        for (String a : attributes) if (!e.attr(a).isBlank()) return Optional.of(e.attr(a).strip());
        return Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<String> siteName(Document page, MetaTags meta, JsonLd jsonLd) {
        return meta.get("og:site_name")
                .or(() -> jsonLd.articleNames("publisher"))
                .or(() -> meta.get("application-name"))
                .or(() -> meta.get("publisher"))
                .or(() -> TitleSite.find(page));
    }

    private static Optional<String> canonical(Document page, MetaTags meta, Optional<String> url) {
        Element link = page.head().selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            String href = link.absUrl("href"); // empty when relative and the page's URL is unknown
            if (href.startsWith("http")) return Optional.of(href);
        }
        return meta.get("og:url").filter(u -> u.startsWith("http")).or(() -> url);
    }

    private static Optional<String> byline(Document page, MetaTags meta, JsonLd jsonLd) {
        for (String name : AUTHOR_META) {
            Optional<String> value = meta.get(name).filter(v -> !URL_LIKE.matcher(v).find());
            if (value.isPresent()) return value.map(PageMetadataReader::withoutBy);
        }
        Optional<String> fromLd = jsonLd.articleNames("author").filter(v -> !URL_LIKE.matcher(v).find());
        if (fromLd.isPresent()) return fromLd.map(PageMetadataReader::withoutBy);
        Element author = page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");
        if (author == null) {
            // a byline only the page's classes name ("Par AFP" in <div class="article-byline">): a wire credited there
            // is credited on the outlet, not lost with the block
            author = page.selectFirst("[class~=(?i)byline|author|signature], [id~=(?i)byline|author]");
        }
        if (author != null) {
            // markup bylines run on into handles, dates and separators: keep the names before them
            String v = MARKUP_BYLINE_END.split(firstNonBlank(author.attr("content"), author.text()), 2)[0].strip();
            if (!v.isEmpty() && v.length() <= 80) return Optional.of(withoutBy(v));
        }
        return Optional.empty();
    }

    private static Optional<String> language(Document page, MetaTags meta, JsonLd jsonLd) {
        Element html = page.firstElementChild();
        if (html != null && !html.attr("lang").isBlank()) return Optional.of(html.attr("lang").strip());
        if (html != null && !html.attr("xml:lang").isBlank()) return Optional.of(html.attr("xml:lang").strip());
        Element httpEquiv = page.head().selectFirst("meta[http-equiv~=(?i)content-language][content]");
        if (httpEquiv != null && !httpEquiv.attr("content").isBlank()) {
            return Optional.of(httpEquiv.attr("content").split(",")[0].strip());
        }
        return meta.get("og:locale").map(l -> l.replace('_', '-'))
                .or(() -> jsonLd.articleText("inLanguage"));
    }

    private static Optional<String> firstText(Document page, String selector) {
        Element e = page.selectFirst(selector);
        return e == null ? Optional.empty() : Optional.of(e.text().strip()).filter(s -> !s.isEmpty());
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return "";
    }

    private static String withoutBy(String byline) {
        return BY_PREFIX.matcher(byline.strip()).replaceFirst("");
    }
}
