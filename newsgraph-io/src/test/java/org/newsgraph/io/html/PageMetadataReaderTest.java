package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageMetadataReaderTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void readsOpenGraphAndArticleMetaTags() {
        String html = """
                <html lang="fr-FR"><head>
                <title>Le port inaugure son terminal - Journal de la Côte</title>
                <meta property="og:title" content="Le port inaugure son terminal">
                <meta property="og:site_name" content="Journal de la Côte">
                <meta property="article:published_time" content="2020-03-03T09:05:00+01:00">
                <meta name="author" content="Claire Martin">
                <link rel="canonical" href="/2020/03/port-terminal">
                </head><body><p>Texte.</p></body></html>
                """;

        ExtractedPage page = extractor.extract(html, Optional.of("https://journal.example/amp/port?utm=1"));

        assertThat(page.title()).contains("Le port inaugure son terminal");
        assertThat(page.siteName()).contains("Journal de la Côte");
        assertThat(page.published()).contains("2020-03-03T09:05:00+01:00");
        assertThat(page.byline()).contains("Claire Martin");
        assertThat(page.canonicalUrl()).contains("https://journal.example/2020/03/port-terminal");
        assertThat(page.language()).contains("fr-FR");
    }

    @Test
    void readsJsonLdWhenMetaTagsAreMissing() {
        String html = """
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebSite", "name": "Harbour News"},
                  {"@type": "NewsArticle", "headline": "Terminal opens after four years",
                   "datePublished": "2020-03-03", "author": [{"@type": "Person", "name": "Ann Lee"},
                   {"@type": "Person", "name": "Tom Gray"}], "publisher": {"@type": "Organization", "name": "Harbour News"},
                   "inLanguage": "en-GB",}
                ]}
                </script></head><body><p>Text.</p></body></html>
                """;

        ExtractedPage page = extractor.extract(html, Optional.empty());

        assertThat(page.title()).contains("Terminal opens after four years");
        assertThat(page.published()).contains("2020-03-03");
        assertThat(page.byline()).contains("Ann Lee, Tom Gray");
        assertThat(page.siteName()).contains("Harbour News");
        assertThat(page.language()).contains("en-GB");
    }

    @Test
    void fallsBackToMarkupAndStripsTheSiteFromTheTitle() {
        String html = """
                <html><head><title>Terminal opens after four years of delays | Harbour News</title>
                <script type="application/ld+json">{ this is not json </script></head>
                <body><article><time datetime="2020-03-03T08:00:00Z">3 March</time>
                <span itemprop="author">By Ann Lee</span><p>Text.</p></article></body></html>
                """;

        ExtractedPage page = extractor.extract(html, Optional.of("https://harbour.example/terminal"));

        assertThat(page.title()).contains("Terminal opens after four years of delays");
        assertThat(page.published()).contains("2020-03-03T08:00:00Z");
        assertThat(page.byline()).contains("Ann Lee");
        assertThat(page.canonicalUrl()).contains("https://harbour.example/terminal");
        assertThat(page.siteName()).isEmpty();
    }

    @Test
    void ignoresARelativeCanonicalLinkWhenThePageUrlIsUnknown() {
        String html = "<html><head><link rel=canonical href=/terminal><meta property=og:url "
                + "content=https://harbour.example/terminal></head><body><p>Text.</p></body></html>";

        assertThat(extractor.extract(html, Optional.empty()).canonicalUrl()).contains("https://harbour.example/terminal");
    }

    @Test
    void prefersTheFirstHeadingOverTheDocumentTitle() {
        String html = "<html><head><title>Harbour News</title></head><body><h1>Terminal opens</h1></body></html>";

        assertThat(extractor.extract(html, Optional.empty()).title()).contains("Terminal opens");
    }
}
