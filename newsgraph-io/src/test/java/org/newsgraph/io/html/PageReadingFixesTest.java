package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;

/** Pages written for these tests, in the shapes that real sites take (never copies of real pages). */
class PageReadingFixesTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String page(String name) throws IOException {
        try (InputStream in = PageReadingFixesTest.class.getResourceAsStream("/pages/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPageWithoutArticleNorMetaKeepsItsVisibleDateAndTheOutletOfItsTitleAndFooter() throws IOException {
        ExtractedPage p = extractor.extract(page("steppe-herald-ru.html"), Optional.empty());
        assertThat(p.published()).contains("2022-01-07T21:15");
        assertThat(p.siteName()).contains("Steppe Herald");
        assertThat(p.title()).contains("Паводок отрезал три села от райцентра");
        assertThat(p.body()).contains("Талые воды").doesNotContain("Все права защищены");
    }

    @Test
    void aBylineOnlyTheClassesNameIsKeptAsTheBylineNotLost() throws IOException {
        ExtractedPage p = extractor.extract(page("port-gazette-fr.html"), Optional.empty());
        assertThat(p.byline()).contains("Par AFP");
        assertThat(p.body()).doesNotContain("Par AFP");
    }

    @Test
    void theDatelineIsAParagraphOfItsOwnAndThePhotoCreditNoTitle() throws IOException, InputException {
        Article a = new ArticleReader().parse("port-gazette-fr.html", "port", "html",
                page("port-gazette-fr.html").getBytes(StandardCharsets.UTF_8)).article().orElseThrow();
        assertThat(a.title()).contains("Grève sur le port : les dockers bloquent les terminaux");
        assertThat(a.body()).contains("Marseille [France], 14 mai :\n\n«Nous ne reprendrons");
    }

    @Test
    void aSentenceThatNamesADateIsNoPublicationDate() {
        assertThat(VisibleDate.parse("Le 7 janvier 2022 à 21h15")).contains("2022-01-07T21:15");
        assertThat(VisibleDate.parse("January 15, 2022")).contains("2022-01-15");
        assertThat(VisibleDate.parse("15 Mayday 2022")).isEmpty();
    }
}
