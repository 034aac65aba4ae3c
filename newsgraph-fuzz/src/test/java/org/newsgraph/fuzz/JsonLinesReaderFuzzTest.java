package org.newsgraph.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.newsgraph.io.read.ArticleReader;

/** Any bytes as a JSON-lines stream: one result per non-blank line, each an article or a one-line reason. */
class JsonLinesReaderFuzzTest {
    private static final ArticleReader READER = new ArticleReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesAsJsonLines(byte[] bytes) throws IOException {
        READER.readJsonLines("fuzz.jsonl", new ByteArrayInputStream(bytes), "fuzz", ReadResults.CHECK);
    }
}
