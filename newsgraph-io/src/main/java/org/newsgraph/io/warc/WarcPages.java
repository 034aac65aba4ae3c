package org.newsgraph.io.warc;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.core.Article;
import org.newsgraph.io.html.ExtractedPage;
import org.newsgraph.io.html.HtmlArticleExtractor;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.read.BodyTidier;
import org.newsgraph.io.read.TextDecoder;

/**
 * The articles of one WARC stream, read lazily record by record, so a multi-gigabyte file never sits in memory and
 * the stream may come from any file system (a Spark task reads HDFS or S3 this way). Every {@code response}
 * record with status 200 and an HTML payload becomes an article (see {@link WarcArticleReader}); other records are
 * skipped. A corrupt or truncated file keeps the pages read before the damage and reports the rest once.
 */
public final class WarcPages implements Iterator<ReadResult>, Closeable {
    private final String origin;
    private final WarcReader warc;
    private final Iterator<WarcRecord> records;
    private final HtmlArticleExtractor html;
    private ReadResult next;
    private boolean broken;

    WarcPages(String origin, InputStream in, HtmlArticleExtractor html) throws IOException {
        this.origin = origin;
        this.html = html;
        this.warc = new WarcReader(in);
        this.warc.setLenient(true);
        this.records = warc.iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            WarcRecord record;
            try {
                if (broken || !records.hasNext()) return false;
                record = records.next();
            } catch (RuntimeException e) {
                broken = true;
                next = ReadResult.failed(origin, "cannot read the WARC file " + origin + " after offset " + warc.position()
                        + " (" + e.getMessage() + "): the pages before it were read, the rest is skipped");
                return true;
            }
            if (record instanceof WarcResponse response) next = page(response);
        }
        return true;
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadResult r = next;
        next = null;
        return r;
    }

    static boolean isHtmlPage(WarcResponse r) throws IOException {
        if (r.http().status() != 200) return false;
        String sub = r.http().contentType().base().subtype().toLowerCase(Locale.ROOT);
        return sub.equals("html") || sub.equals("xhtml+xml");
    }

    /** The article of an HTML page, a failure, or null when the record is not an HTML page. */
    private ReadResult page(WarcResponse r) {
        String url;
        try {
            url = r.target();
        } catch (RuntimeException e) {
            // a record with two WARC-Target-URI headers, or a malformed one (found by fuzzing): that record only
            return ReadResult.failed(origin, origin + ": a response record has no single target URI (" + e.getMessage() + "): it is skipped");
        }
        String where = origin + "#" + url;
        try {
            if (!isHtmlPage(r)) return null;
            HttpResponse http = r.http();
            MediaType type = http.contentType();
            byte[] bytes;
            try (InputStream in = http.bodyDecoded().stream()) {
                bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
            }
            if (bytes.length > TextDecoder.MAX_BYTES) return ReadResult.failed(where, url + ": the page is over the 10 MB limit for one article");
            String text = PageCharset.decode(bytes, Optional.ofNullable(type.parameters().get("charset")));
            ExtractedPage p = html.extract(text, Optional.of(url));
            if (p.body().isBlank()) return ReadResult.failed(where, url + ": no article text found in the page");
            String captured = r.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
            return ReadResult.ok(where, new Article(url, Optional.of(url), p.published().or(() -> Optional.of(captured)),
                    p.title(), BodyTidier.tidy(TextDecoder.normalise(p.body())), p.siteName(), p.byline(), p.language()));
        } catch (EOFException e) {
            broken = true;   // the file ends inside this record: nothing follows it
            return ReadResult.failed(where, origin + " ends inside the record of " + url + " (a truncated file): the rest is skipped");
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(where, url + ": cannot read the record (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        warc.close();
    }
}
