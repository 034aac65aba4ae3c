package org.newsgraph.io.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.io.read.ReadResult;

/**
 * Reads the HTML pages of a WARC file (plain or gzipped, CC-NEWS style) as articles: every {@code response}
 * record with status 200 and an HTML payload is run through the HTML extractor. The id is the page's URL; the
 * publication date is the page's own when its metadata gives one, else the capture date. The charset is the HTTP
 * header's, else the page's {@code <meta>} one, else UTF-8 (crawls hold every legacy encoding). Other records
 * (requests, metadata, images, redirects) are skipped silently; a page that yields no article text is reported.
 */
public final class WarcArticleReader {
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    public void read(Path file, Consumer<ReadResult> out) {
        try (WarcPages pages = pages(file.toString(), Files.newInputStream(file))) {
            pages.forEachRemaining(out);
        } catch (IOException | RuntimeException e) {
            out.accept(ReadResult.failed(file.toString(), "cannot read the WARC file " + file + " (" + e.getMessage()
                    + "): check that it is a WARC or WARC.gz file"));
        }
    }

    /**
     * The pages of a WARC stream from anywhere (a Spark task's HDFS or S3 file), read lazily; closing the result
     * closes the stream.
     */
    public WarcPages pages(String origin, InputStream in) throws IOException {
        return new WarcPages(origin, in, html);
    }

    /** Number of HTML responses with status 200 in the file, for progress totals. */
    public static long countPages(Path file) {
        long n = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse r && WarcPages.isHtmlPage(r)) n++;
            }
        } catch (IOException | RuntimeException e) {
            return Math.max(1, n);
        }
        return n;
    }
}
