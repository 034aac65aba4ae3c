package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects of issue 15, one test each, replayed through the command line: every bad input answers with one
 * line naming it and the right exit code, and the batch goes on. The inputs are the files of
 * {@code newsgraph-annotators/src/test/resources/hostile/inputs/}; the large ones are made here (sparse files,
 * streams), never committed.
 */
class HostileInputsTest {
    private static final Path INPUTS = Path.of("../newsgraph-annotators/src/test/resources/hostile/inputs");

    @TempDir
    Path dir;

    private static String in(String name) {
        return INPUTS.resolve(name).toString();
    }

    private static List<String> lines(String s, String prefix) {
        return s.lines().filter(l -> l.startsWith(prefix)).toList();
    }

    @Test
    void aRecordBeyondTheParserLimitsFailsAloneAndTheBatchGoesOn() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", "-o", out.toString(), in("good.json"), in("deep-nesting.json"),
                in("five-thousand-digits.json"), in("sixty-thousand-char-key.json"), in("more.jsonl"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(lines(run.err(), "failed: ")).hasSize(4).allSatisfy(l ->
                assertThat(l).contains("is a JSON record beyond the limits of an article").doesNotContain("Exception"));
        assertThat(run.err()).contains("nesting depth (1001) exceeds the maximum allowed (1000)")
                .contains("Number value length").contains("Name length").contains("analysed 3 of 7 articles, 4 failed");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("good.json", "more-1.json", "more-2.json");
        }
    }

    @Test
    void ingestStoresTheGoodArticlesAfterABadRecord() {
        String store = dir.resolve("store").toString();
        CliRun run = CliRun.of("ingest", "-q", "--store", store, in("deep-nesting.json"), in("good.json"), in("more.jsonl"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("ingested 3, duplicates 0, failed 2").contains("the store holds 3 articles");
    }

    @Test
    void anAbsurdThreadCountIsRefusedInOneLine() {
        CliRun run = CliRun.of("ingest", "--threads", "1000000000", "--store", dir.resolve("s").toString(), in("good.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("newsgraph: --threads 1000000000 is out of range: give 1 to 256 (this machine has "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        assertThat(CliRun.of("analyze", "--threads", "0", "-o", dir.resolve("o").toString(), in("good.json")).exitCode()).isEqualTo(2);
    }

    @Test
    void aDeviceWithoutEndIsCutAtTheLimitWhileReading() {
        CliRun run = CliRun.of("analyze", "/dev/zero");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("newsgraph: /dev/zero is over the 10 MB limit for one article: split it into articles (one per file or per .jsonl line)");
    }

    @Test
    void hugeSparseFilesAreRefusedWithoutBeingRead() throws Exception {
        Path feed = sparse("huge.rss", 3L << 30);
        Path text = sparse("huge.txt", 3L << 30);
        CliRun run = CliRun.of("analyze", "-o", dir.resolve("out").toString(), feed.toString(), text.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(lines(run.err(), "failed: ")).containsExactly(
                "failed: " + feed + " is over the 32 MB limit for one feed: split it into several feeds",
                "failed: " + text + " is 3072.0 MB, over the 10 MB limit for one article: split it into articles (one per file or per .jsonl line)");
    }

    @Test
    void aJsonLinesFileWithoutNewlinesIsOneLineTooLongNotAMemoryError() throws Exception {
        Path jsonl = sparse("no-newlines.jsonl", 64L << 20);
        CliRun run = CliRun.of("analyze", "-o", dir.resolve("out").toString(), jsonl.toString(), in("good.json"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(lines(run.err(), "failed: ")).containsExactly("failed: " + jsonl + ":1 is a line of 64.0 MB, over the 10 MB "
                + "limit for one article: split the record, or check that the file has one record per line");
        assertThat(run.err()).contains("analysed 1 of 2 articles");
    }

    @Test
    void theLimitCountsBytesNotCharacters() throws Exception {
        // 5.4 M Cyrillic letters and 0.6 M spaces: 6 M characters (under the limit as characters), 11.4 M bytes of UTF-8
        Path jsonl = dir.resolve("cyrillic.jsonl");
        try (var w = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
            w.write("{\"id\":\"ru\",\"text\":\"");
            for (int i = 0; i < 600_000; i++) w.write("жжжжжжжжж ");
            w.write("\"}\n");
        }
        CliRun run = CliRun.of("analyze", "-o", dir.resolve("out").toString(), jsonl.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(jsonl + ":1 is a line of 10.9 MB, over the 10 MB limit for one article");
    }

    @Test
    void idsThatCollideAsFileNamesGetDistinctFiles() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("analyze", "-o", out.toString(), in("colliding-ids.jsonl"), in("long-ids.jsonl"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("analysed 7 of 7 articles, 0 failed");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).hasSize(7).contains("a_b.json", "a_b-2.json", "a_b-3.json", "A_B-4.json");
            assertThat(names).allSatisfy(n -> assertThat(n.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(205));
        }
    }

    @Test
    void terminalEscapesInIdsAndTitlesAreShownNotObeyed() {
        CliRun run = CliRun.of("analyze", "-v", in("terminal-escapes.json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u0000")
                .contains("\\u001b[31mred").contains("esc\\u001b]0;pwned\\u0007");
        assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void anIdOverTheStoreKeyLimitFailsWithItsReason() {
        CliRun run = CliRun.of("ingest", "-q", "--store", dir.resolve("store").toString(), in("immense-id.json"), in("good.json"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("ingested 1, duplicates 0, failed 1 (key too long: 1)")
                .contains("the id is 40000 bytes long, over the store's limit of 32,766 bytes for a key: give the article a shorter id")
                .doesNotContain("immense term");
    }

    @Test
    void aStorePathThatIsAFileIsSaidSo() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun ingest = CliRun.of("ingest", "--store", file.toString(), in("good.json"));
        assertThat(ingest.exitCode()).isEqualTo(3);
        assertThat(ingest.err().strip()).startsWith("newsgraph: " + file + " is a file, not a store directory: give the directory of a store");
        assertThat(CliRun.of("search", "--store", file.toString(), "bridge").err()).contains("is a file, not a store directory");
    }

    @Test
    void anOutDirectoryThatIsAFileIsSaidSo() throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRun run = CliRun.of("analyze", "-o", file.toString(), in("good.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("newsgraph: --out " + file + " is a file, not a directory: choose a directory for the analyses");
        CliRun below = CliRun.of("analyze", "-o", file.resolve("sub").toString(), in("good.json"));
        assertThat(below.exitCode()).isEqualTo(2);
        assertThat(below.err().strip()).startsWith("newsgraph: cannot write into --out " + file.resolve("sub") + " (");
    }

    @Test
    void aLoopingLinkInAnInputFolderIsSkippedWithAWarning() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus/sub"));
        Files.copy(INPUTS.resolve("good.json"), corpus.resolve("good.json"));
        Files.createSymbolicLink(corpus.resolve("loop"), dir.resolve("corpus"));
        CliRun run = CliRun.of("ingest", "-q", "--store", dir.resolve("store").toString(), dir.resolve("corpus").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("newsgraph: warning: skipped " + corpus.resolve("loop") + " (a symbolic link loops back to a folder above it)")
                .contains("ingested 1, duplicates 0, failed 0");
    }

    @Test
    void anUnreadableSubdirectoryIsSkippedWithAWarning() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path closed = Files.createDirectories(corpus.resolve("closed"));
        Files.copy(INPUTS.resolve("good.json"), corpus.resolve("good.json"));
        Files.copy(INPUTS.resolve("more.jsonl"), closed.resolve("more.jsonl"));
        closed.toFile().setReadable(false, false);
        closed.toFile().setExecutable(false, false);
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(closed), "running as root: permissions do not bind");
            CliRun run = CliRun.of("ingest", "-q", "--store", dir.resolve("store").toString(), corpus.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).contains("warning: skipped " + closed + " (permission denied)").contains("ingested 1,");
        } finally {
            closed.toFile().setReadable(true, false);
            closed.toFile().setExecutable(true, false);
        }
    }

    /** A file of {@code size} bytes that takes no disk: every byte reads as zero. */
    private Path sparse(String name, long size) throws Exception {
        Path f = dir.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(size);
        }
        return f;
    }
}
