package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.io.feed.FeedArticleReader;

/** Any bytes as an RSS or Atom feed: its items' articles, or one-line reasons. */
class FeedReaderFuzzTest {
    private static final FeedArticleReader READER = new FeedArticleReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesAsFeed(byte[] bytes) {
        READER.read("fuzz.rss", "fuzz.rss", bytes, ReadResults.CHECK);
    }
}
