package org.newsgraph.io.warc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.core.Article;
import org.newsgraph.io.html.ExtractedPage;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.read.TextDecoder;

/**
 * Reads the HTML pages of a WARC file (plain or gzipped, CC-NEWS style) as articles: every {@code response}
 * record with status 200 and an HTML payload is run through the HTML extractor. The id is the page's URL; the
 * publication date is the page's own when its metadata gives one, else the capture date. Other records
 * (requests, metadata, images) are skipped silently; a page that yields no article text is reported.
 */
public final class WarcArticleReader {
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    public void read(Path file, Consumer<ReadResult> out) {
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse response) page(file, response).ifPresent(out);
            }
        } catch (IOException | RuntimeException e) {
            out.accept(ReadResult.failed(file.toString(), "cannot read the WARC file " + file + " (" + e.getMessage()
                    + "): check that it is a WARC or WARC.gz file"));
        }
    }

    /** Number of HTML responses with status 200 in the file, for progress totals. */
    public static long countPages(Path file) {
        long n = 0;
        try (WarcReader reader = new WarcReader(file)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                if (record instanceof WarcResponse r && isHtmlPage(r)) n++;
            }
        } catch (IOException | RuntimeException e) {
            return Math.max(1, n);
        }
        return n;
    }

    private static boolean isHtmlPage(WarcResponse r) throws IOException {
        if (r.http().status() != 200) return false;
        MediaType type = r.http().contentType().base();
        String sub = type.subtype().toLowerCase(Locale.ROOT);
        return sub.equals("html") || sub.equals("xhtml+xml");
    }

    private Optional<ReadResult> page(Path file, WarcResponse r) {
        String url = r.target();
        String origin = file + "#" + url;
        try {
            if (!isHtmlPage(r)) return Optional.empty();
            byte[] bytes;
            try (InputStream in = r.http().bodyDecoded().stream()) {
                bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
            }
            String text = TextDecoder.decode(bytes, origin);
            ExtractedPage p = html.extract(text, Optional.of(url));
            if (p.body().isBlank()) return Optional.of(ReadResult.failed(origin, url + ": no article text found in the page"));
            String captured = r.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            return Optional.of(ReadResult.ok(origin, new Article(url, Optional.of(url), p.published().or(() -> Optional.of(captured)),
                    p.title(), TextDecoder.normalise(p.body()), p.siteName(), p.byline(), p.language())));
        } catch (InputException e) {
            return Optional.of(ReadResult.failed(origin, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return Optional.of(ReadResult.failed(origin, url + ": cannot read the record (" + e.getMessage() + ")"));
        }
    }
}
