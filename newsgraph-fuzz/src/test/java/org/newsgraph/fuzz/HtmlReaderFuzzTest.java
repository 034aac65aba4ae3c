package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;

/** Any bytes as an {@code .html} page: its article, or a one-line reason. */
class HtmlReaderFuzzTest {
    private static final ArticleReader READER = new ArticleReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesAsHtml(byte[] bytes) {
        try {
            ReadResults.check(READER.parse("fuzz.html", "fuzz", "html", bytes));
        } catch (InputException e) {
            ReadResults.check(org.newsgraph.io.read.ReadResult.failed("fuzz.html", e.getMessage()));
        }
    }
}
