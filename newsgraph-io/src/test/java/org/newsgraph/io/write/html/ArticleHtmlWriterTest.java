package org.newsgraph.io.write.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;
import org.newsgraph.core.model.Mention;
import org.newsgraph.core.model.Outlet;
import org.newsgraph.core.model.Quote;
import org.newsgraph.core.model.Reference;
import org.newsgraph.core.model.TimeExpression;

/** The article page highlights every layer, ties quotes and figures to who they come from, and escapes everything. */
class ArticleHtmlWriterTest {
    private static final String TITLE = "Flood in Tromsø";
    private static final String BODY = "Anna Berg, the mayor, said on Friday: \"40 people were evacuated.\"";

    private static Analysis analysis(String title, String body, String url) {
        String text = title + "\n\n" + body;
        int o = title.length() + 2 + body.indexOf("Anna Berg");
        int b = title.length() + 2;
        Entity anna = new Entity("e1", EntityType.PERSON, "Anna Berg", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new Mention("Anna Berg", o, o + 9, Mention.Kind.NAME),
                new Mention("the mayor", o + 11, o + 20, Mention.Kind.ROLE)));
        Reference speaker = new Reference(Optional.of("e1"), Optional.of("Anna Berg"), o, o + 9);
        int q = b + body.indexOf("40");
        Quote quote = new Quote("40 people were evacuated.", q, q + 25, true, Optional.of(speaker));
        Figure figure = new Figure(40, OptionalDouble.empty(), false, Optional.empty(), Measure.EVACUATED,
                "40 people were evacuated", q, q + 24, Optional.of(speaker), OptionalInt.empty());
        int f = b + body.indexOf("Friday");
        TimeExpression time = new TimeExpression("Friday", f, f + 6, Optional.of("2025-01-10"), Optional.empty());
        return new Analysis("flood-1", "en", Optional.of("2025-01-11"), Optional.of(new Outlet("Arctic Post",
                Optional.of("arctic-post.example"), "url", Optional.of("NO"), Optional.empty(), List.of())), Optional.of(title),
                text, body, Optional.ofNullable(url), List.of(anna), List.of(quote), List.of(figure), List.of(time), List.of());
    }

    @Test
    void highlightsEachLayerAndTiesQuotesAndFiguresToTheirSpeakers() {
        String html = new ArticleHtmlWriter(ArticleLinks.NONE).fragment(analysis(TITLE, BODY, "https://arctic-post.example/a"));
        assertThat(html).contains("<mark class=\"ent ent-person\" data-entity=\"e1\"")
                .contains("<mark class=\"ent ent-person role\" data-entity=\"e1\"")
                .contains("<span class=\"quote direct\" id=\"q1\" data-speaker=\"e1\"")
                .contains("<span class=\"fig\" id=\"f1\" data-measure=\"evacuated\" data-value=\"40\"")
                .contains("<span class=\"time\" data-value=\"2025-01-10\"")
                .contains("id=\"q1-speaker\"").contains("id=\"f1-source\"")
                .contains("<a class=\"who\" href=\"#q1-speaker\">Anna Berg</a>")
                .contains("<a class=\"who\" href=\"#f1-source\">Anna Berg</a>")
                .contains("<strong class=\"outlet-name\">Arctic Post</strong>").contains("found in the article&#39;s URL")
                .contains("href=\"https://arctic-post.example/a\"");
    }

    @Test
    void untrustedTitleTextAndUrlAreShownAsText() {
        String title = "<script>alert(1)</script> \"storm\"";
        String body = "<img src=x onerror=alert(2)> Anna Berg, the mayor, said on Friday: \"40 people were evacuated.\"";
        String html = ArticleHtmlWriter.standalone(analysis(title, body, "javascript:alert(3)"));
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("href=\"javascript:")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;storm&quot;")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .contains("<span class=\"url\">javascript:alert(3)</span>");
    }

    @Test
    void theReportAllowsOnlyItsOwnInlineStyle() {
        String html = ArticleHtmlWriter.standalone(analysis(TITLE, BODY, null));
        assertThat(html).contains("default-src 'none'; style-src '" + ArticleHtmlWriter.sha256(ArticleHtmlWriter.CSS) + "'")
                .contains("<style>" + ArticleHtmlWriter.CSS + "</style>")
                .doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http");
    }

    @Test
    void safeUrlsAreAbsoluteHttpOnly() {
        assertThat(Html.safeHttpUrl("https://news.example/a?b=1")).contains("https://news.example/a?b=1");
        assertThat(Html.safeHttpUrl("JavaScript:alert(1)")).isEmpty();
        assertThat(Html.safeHttpUrl("data:text/html,hi")).isEmpty();
        assertThat(Html.safeHttpUrl("/relative/path")).isEmpty();
    }
}
