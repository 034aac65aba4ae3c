package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;

/** Any bytes as a {@code .json} record: its article, or a one-line reason. */
class JsonReaderFuzzTest {
    private static final ArticleReader READER = new ArticleReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesAsJson(byte[] bytes) {
        try {
            ReadResults.check(READER.parse("fuzz.json", "fuzz", "json", bytes));
        } catch (InputException e) {
            ReadResults.check(org.newsgraph.io.read.ReadResult.failed("fuzz.json", e.getMessage()));
        }
    }
}
