package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --out} streams: a generated JSON-lines stream larger than the heap given to the JVM that reads
 * it (320 MB by default, into a 256 MB heap) is read and analysed whole, every article written, no
 * OutOfMemoryError. The stream is made on the fly and piped into a child JVM's standard input, never stored. Each
 * record carries a short article and a 1 MB field the reader parses and drops, so the run costs reading, not
 * analysis (the bound on the articles in flight is {@code ArticleQueueTest}'s). {@code -Dnewsgraph.stream.mb=10240}
 * runs the 10 GB case of issue 15 on demand.
 */
class StreamingBatchMemoryTest {
    private static final int RECORD_CHARS = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aStreamLargerThanTheHeapIsAnalysedWhole() throws Exception {
        long megabytes = Long.getLong("newsgraph.stream.mb", 320);
        int records = (int) Math.max(1, megabytes * 1024 * 1024 / RECORD_CHARS);
        Path out = dir.resolve("out");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.newsgraph.cli.Newsgraph", "analyze", "-q", "--threads", "2", "--lang", "en", "-o", out.toString(), "-")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        try (OutputStream in = new BufferedOutputStream(p.getOutputStream(), 1 << 16)) {
            for (int i = 0; i < records; i++) writeRecord(in, i);
        }
        int code = p.waitFor();
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertThat(code).as(err).isZero();
        assertThat(err).doesNotContain("OutOfMemoryError");
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.toList();
            assertThat(written).hasSize(records);
        }
    }

    /** One record of {@value #RECORD_CHARS} bytes: a short article and a long field that is not part of it. */
    private static void writeRecord(OutputStream out, int n) throws Exception {
        out.write(("{\"id\":\"gen-" + n + "\",\"text\":\"The council of the town of Rennes met on Monday to vote the budget.\","
                + "\"padding\":\"").getBytes(StandardCharsets.UTF_8));
        byte[] word = new byte[64 * 1024];
        java.util.Arrays.fill(word, (byte) 'a');
        for (int written = 0; written < RECORD_CHARS; written += word.length) out.write(word);
        out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
}
