package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputKindTest {

    @Test
    void fileKindsAreToldByName() {
        assertThat(InputKind.ofName("CC-NEWS-20240501.warc.gz")).contains(InputKind.WARC);
        assertThat(InputKind.ofName("crawl.warc")).contains(InputKind.WARC);
        assertThat(InputKind.ofName("day.jsonl.gz")).contains(InputKind.JSON_LINES);
        assertThat(InputKind.ofName("day.ndjson")).contains(InputKind.JSON_LINES);
        assertThat(InputKind.ofName("a.input.json")).contains(InputKind.SINGLE_ARTICLE);
        assertThat(InputKind.ofName("page.HTML")).contains(InputKind.SINGLE_ARTICLE);
        assertThat(InputKind.ofName("news.rss")).contains(InputKind.FEED);
        assertThat(InputKind.ofName("news.atom")).contains(InputKind.FEED);
        assertThat(InputKind.ofName("page.html.gz")).isEmpty();
        assertThat(InputKind.ofName("part-0000.parquet")).isEmpty();
        assertThat(InputKind.ofName("_SUCCESS")).isEmpty();
    }

    @Test
    void anXmlFileIsAFeedOnlyWhenItStartsLikeOne(@TempDir Path dir) throws IOException {
        Path feed = Files.writeString(dir.resolve("latest.xml"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>");
        Path other = Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset></urlset>");
        assertThat(InputKind.of(feed)).contains(InputKind.FEED);
        assertThat(InputKind.of(other)).isEmpty();
    }
}
