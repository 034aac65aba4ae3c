package org.newsgraph.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static final String STORY = """
            <p>The harbour town of Westmere opened its new ferry terminal on Tuesday, after four years of delays,
            rising costs and a long argument between the council and the regional transport board.</p>
            <p>Officials said the terminal would handle twelve crossings a day, twice as many as the old pier,
            and that the first boats were already fully booked for the weekend.</p>
            <h2 class="subheader">A long wait for residents</h2>
            <p>Residents who had campaigned for the project, some of them for more than a decade, gathered on the
            quay to watch the ribbon being cut, cheering when the first ferry sounded its horn.</p>
            <p>The mayor, Clara Jensen, told the crowd that the town had finally been connected to the islands,
            and promised that the old pier would become a public garden by next summer.</p>
            """;

    @Test
    void keepsTheArticleAndDropsNavigationFooterAndComments() {
        String html = """
                <html lang="en"><head><title>Ferry terminal opens | Coast Daily</title></head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <article><h1>Ferry terminal opens</h1>%s</article>
                <div class="related-stories"><h3>Related</h3><ul>
                  <li><a href="/a">Bridge repairs start next month in the old town</a></li>
                  <li><a href="/b">Council votes on new parking rules for the seafront</a></li></ul></div>
                <section id="comments"><h3>12 comments</h3>
                  <div class="comment"><p>Finally! I have been waiting for this terminal for years, great news, thanks.</p></div>
                  <div class="comment"><p>What a waste of money, the old pier was perfectly fine, if you ask me.</p></div>
                </section>
                <footer><p>Copyright Coast Daily. All rights reserved. Contact us, privacy policy, terms.</p></footer>
                </body></html>
                """.formatted(STORY);

        ExtractedPage page = extractor.extract(html, Optional.of("https://example.org/ferry"));

        assertThat(page.body()).startsWith("The harbour town of Westmere opened")
                .contains("A long wait for residents")
                .endsWith("a public garden by next summer.")
                .doesNotContain("Home", "cookies", "Bridge repairs", "waste of money", "Copyright");
        assertThat(page.body()).doesNotContain("Ferry terminal opens");
        assertThat(page.body().split("\n\n")).hasSize(5);
        assertThat(page.title()).contains("Ferry terminal opens");
    }

    @Test
    void dropsAShareBarInsideTheArticle() {
        String html = """
                <html><body><div class="post-content">
                <div class="share-buttons"><a href="#fb">Share on Facebook</a> <a href="#tw">Share on Twitter</a>
                  <a href="#mail">Email this story</a></div>
                %s
                <div class="social-share"><span>Share this article</span><a href="#fb">Facebook</a></div>
                <p><a href="/other">Read more: the ferry timetable for the winter season</a></p>
                </div></body></html>
                """.formatted(STORY);

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).contains("The harbour town of Westmere", "public garden by next summer.")
                .doesNotContain("Share", "Facebook", "Email this story", "Read more");
    }

    @Test
    void keepsAnEmbeddedPostQuotedInTheArticle() {
        String html = """
                <html><body><article>%s
                <div class="social-embed"><blockquote class="embedded-post"><p>Watching the first ferry leave
                the new terminal this morning, what a day for our town!</p>— A Resident (@resident) March 3, 2020
                </blockquote></div>
                </article></body></html>
                """.formatted(STORY);

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).contains("Watching the first ferry leave", "(@resident) March 3, 2020");
    }

    @Test
    void dropsDatelinesAndTheRepeatedHeadline() {
        String html = """
                <html><head><meta property="og:title" content="Ferry terminal opens in Westmere"></head><body>
                <div class="story"><p>Home / News / Ferry terminal opens in Westmere</p>
                <p>Updated 9:05 am, March 3, 2020</p>%s</div></body></html>
                """.formatted(STORY);

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).startsWith("The harbour town").doesNotContain("Updated", "Home / News");
    }

    @Test
    void neverCutsASentenceForAFurnitureNameOnAnInlineElement() {
        String html = """
                <html><body><article>
                <p><span class="dateline">WESTMERE —</span> Officials opened the terminal on Tuesday, and the mayor
                <span class="share-tooltip">thanked</span> the residents who had campaigned for it for a decade.</p>
                %s</article></body></html>
                """.formatted(STORY);

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).startsWith("WESTMERE — Officials opened the terminal").contains("the mayor thanked the");
    }

    @Test
    void dropsAHoverCardInsideASentenceButKeepsTheNameItPopsUpOver() {
        String html = """
                <html><body><article>
                <p>The mayor, <span class="person"><a href="/people/clara-jensen">Clara Jensen</a><span class="card">
                <a href="/people/clara-jensen">Clara Jensen</a> <a href="/s/1">Jensen backs the new harbour bridge plan</a>
                <a href="/s/2">Council approves the budget for the seafront</a></span></span>, cut the ribbon on Tuesday
                in front of a large crowd of residents.</p>
                %s</article></body></html>
                """.formatted(STORY);

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).startsWith("The mayor, Clara Jensen, cut the ribbon").doesNotContain("bridge plan");
    }

    @Test
    void dropsHiddenTextButKeepsTextHiddenOnSmallScreensOnly() {
        String html = """
                <html><body><article>%s
                <div class="d-none d-md-block"><p>On larger screens the page also shows this paragraph about the new
                timetable, which starts next month with an extra evening crossing.</p></div>
                <div style="display: none"><p>This paragraph is never displayed to anyone who reads the page.</p></div>
                <p class="sr-only">Only screen readers announce this sentence to their users.</p>
                </article></body></html>
                """.formatted(STORY);

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).contains("extra evening crossing").doesNotContain("never displayed", "screen readers");
    }

    @Test
    void aLooserPassReadsThePageTheStrictPassTookApart() {
        // the only text sits in a block named like furniture: the strict pass removes it, finds too little, and the
        // looser pass, which keeps such blocks, must still see it
        String html = """
                <html><body><div class="sidebar"><p>The ferry from Westmere to Olden Bay ran again on Monday
                after a week of storms, the harbour office said, with two crossings a day until the pier is mended.</p>
                </div></body></html>
                """;

        ExtractedPage page = extractor.extract(html, Optional.empty());

        assertThat(page.body()).startsWith("The ferry from Westmere").endsWith("until the pier is mended.");
    }

    @Test
    void survivesMalformedMarkup() {
        String html = "<html><body><div><p>The harbour town of Westmere opened its new ferry terminal on Tuesday, "
                + "after four years of delays and rising costs.<p>Officials said the terminal would handle twelve "
                + "crossings a day, <b>twice <i>as many</b> as</i> the old pier.</div></span></table><div <<>> &bogus;";

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).contains("The harbour town of Westmere", "twice as many as the old pier.");
    }

    @Test
    void survivesDeeplyNestedMarkup() {
        String paragraph = "<p>The harbour town of Westmere opened its new ferry terminal on Tuesday, after delays.</p>";
        String html = "<div>".repeat(20_000) + paragraph + "</div>".repeat(20_000)
                + "<ul>" + "<li><ul>".repeat(5_000) + "<li>menu item";

        String body = extractor.extract(html, Optional.empty()).body();

        assertThat(body).contains("The harbour town of Westmere");
    }

    @Test
    void givesAnEmptyBodyForEmptyPages() {
        assertThat(extractor.extract("", Optional.empty()).body()).isEmpty();
        assertThat(extractor.extract("   ", Optional.empty()).body()).isEmpty();
        assertThat(extractor.extract("<html><head></head><body></body></html>", Optional.empty()).body()).isEmpty();
        assertThat(extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", Optional.empty())
                .title()).isEmpty();
    }

    @Test
    void cutsPagesLongerThanTheCap() {
        String paragraph = "<p>The harbour town of Westmere opened its new ferry terminal on Tuesday, after delays.</p>";
        StringBuilder html = new StringBuilder("<html><body><article>");
        while (html.length() <= HtmlArticleExtractor.MAX_INPUT_CHARS) html.append(paragraph);
        html.append("<p>This sentence lies beyond the cap and is never read.</p></article></body></html>");

        String body = extractor.extract(html.toString(), Optional.empty()).body();

        assertThat(body).startsWith("The harbour town").doesNotContain("beyond the cap");
    }
}
