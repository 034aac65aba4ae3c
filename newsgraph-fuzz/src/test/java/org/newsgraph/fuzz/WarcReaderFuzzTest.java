package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.newsgraph.io.warc.WarcArticleReader;
import org.newsgraph.io.warc.WarcPages;

/** Any bytes as a WARC file: the pages read before any damage, then at most one failure; never an exception. */
class WarcReaderFuzzTest {
    private static final WarcArticleReader READER = new WarcArticleReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesAsWarc(byte[] bytes) throws IOException {
        WarcPages pages;
        try {
            pages = READER.pages("fuzz.warc", new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return;   // not a WARC stream at all: the caller reports it in one line (WarcArticleReader.read)
        }
        try (pages) {
            pages.forEachRemaining(ReadResults.CHECK);
        }
    }
}
