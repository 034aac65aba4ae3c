package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;

/** Any bytes as a {@code .txt} article: a text, or a one-line reason. */
class TextReaderFuzzTest {
    private static final ArticleReader READER = new ArticleReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesAsText(byte[] bytes) {
        try {
            ReadResults.check(READER.parse("fuzz.txt", "fuzz", "txt", bytes));
        } catch (InputException e) {
            ReadResults.check(org.newsgraph.io.read.ReadResult.failed("fuzz.txt", e.getMessage()));
        }
    }
}
