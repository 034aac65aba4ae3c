package org.newsgraph.io.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ReadResult;

class FeedArticleReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsRssItemsWithFullContent() throws Exception {
        Path f = dir.resolve("news.rss");
        Files.writeString(f, """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Example News</title>
                <item><title>Bridge reopens</title><link>https://news.example/bridge</link>
                  <guid>https://news.example/bridge</guid>
                  <pubDate>Sat, 02 Mar 2030 10:00:00 +0100</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>The old bridge reopened on Saturday after two years of repairs.</p><p>Traffic resumed at noon.</p>]]></content:encoded>
                </item>
                <item><title>Headline only</title><link>https://news.example/empty</link></item>
                </channel></rss>""");
        List<ReadResult> results = new ArrayList<>();
        new FeedArticleReader().read(f, results::add);
        assertThat(results).hasSize(2);
        Article a = results.get(0).article().orElseThrow();
        assertThat(a.id()).isEqualTo("https://news.example/bridge");
        assertThat(a.title()).contains("Bridge reopens");
        assertThat(a.published()).contains("2030-03-02T10:00+01:00");
        assertThat(a.body()).isEqualTo("The old bridge reopened on Saturday after two years of repairs.\n\nTraffic resumed at noon.");
        assertThat(results.get(1).error()).hasValueSatisfying(e -> assertThat(e).contains("has no text"));
        assertThat(FeedArticleReader.countItems(f)).isEqualTo(2);
        assertThat(org.newsgraph.io.read.InputKind.looksLikeFeed(f)).isTrue();
    }

    @Test
    void readsAtomEntries() throws Exception {
        Path f = dir.resolve("news.atom");
        Files.writeString(f, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
                <entry><title>Council votes budget</title><link href="https://news.example/budget"/>
                  <id>urn:example:budget</id><published>2030-04-01T09:30:00Z</published>
                  <content type="html">&lt;p&gt;The city council voted the budget on Monday.&lt;/p&gt;</content>
                </entry></feed>""");
        List<ReadResult> results = new ArrayList<>();
        new FeedArticleReader().read(f, results::add);
        Article a = results.get(0).article().orElseThrow();
        assertThat(a.id()).isEqualTo("urn:example:budget");
        assertThat(a.url()).contains("https://news.example/budget");
        assertThat(a.published()).contains("2030-04-01T09:30Z");
        assertThat(a.body()).isEqualTo("The city council voted the budget on Monday.");
    }

    @Test
    void aFileWithoutItemsIsReported() throws Exception {
        Path f = dir.resolve("empty.xml");
        Files.writeString(f, "<notes><note>hello</note></notes>");
        List<ReadResult> results = new ArrayList<>();
        new FeedArticleReader().read(f, results::add);
        assertThat(results).singleElement().satisfies(r -> assertThat(r.error()).isPresent());
        assertThat(org.newsgraph.io.read.InputKind.looksLikeFeed(f)).isFalse();
    }
}
