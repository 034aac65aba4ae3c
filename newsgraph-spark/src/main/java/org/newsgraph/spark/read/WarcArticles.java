package org.newsgraph.spark.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.read.TextDecoder;

/**
 * The articles of one WARC file (plain or gzipped), read lazily record by record: every {@code response} record
 * holding an HTML page with HTTP status 200 becomes an article through the same reader as an {@code html} record
 * of FORMAT.md §1 (id and url: the record's target URI). A page whose metadata gives no publication date is
 * anchored on the capture date ({@code WARC-Date}): news crawls fetch pages within hours of publication.
 * Requests, metadata, redirects and non-HTML payloads are skipped; a page that cannot be read is a failure of
 * that page only.
 */
public final class WarcArticles implements Iterator<ReadResult>, Closeable {
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final String origin;
    private final WarcReader warc;
    private final Iterator<WarcRecord> records;
    private final ArticleReader reader = new ArticleReader();
    private ReadResult next;
    private boolean broken;

    public WarcArticles(String origin, InputStream in) throws IOException {
        this.origin = origin;
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
                // a truncated or corrupt tail: what was read stands, the rest of the file is reported once
                next = ReadResult.failed(origin, origin + ": unreadable WARC record after offset " + warc.position()
                        + " (" + e.getMessage() + "): the rest of this file is skipped");
                broken = true;
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

    /** The article of a response record, a failure, or null when the record is not an HTML page. */
    private ReadResult page(WarcResponse response) {
        String url = response.target();
        String where = origin + "@" + response.position();
        try {
            HttpResponse http = response.http();
            if (http.status() != 200) return null;
            MediaType type = http.contentType();
            if (!HTML_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) return null;
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes(TextDecoder.MAX_BYTES + 1);
            }
            if (bytes.length > TextDecoder.MAX_BYTES) {
                return ReadResult.failed(where, url + ": the page is over the 10 MB limit for one article");
            }
            String html = HtmlBytes.decode(bytes, Optional.ofNullable(type.parameters().get("charset")));
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            record.put("id", url);
            record.put("url", url);
            record.put("html", html);
            Article a = reader.fromRecord(record, url, where);
            if (a.published().isEmpty()) a = a.withPublished(response.date().toString());
            return ReadResult.ok(where, a);
        } catch (InputException e) {
            return ReadResult.failed(where, e.getMessage());
        } catch (java.io.EOFException e) {
            broken = true;   // the file ends inside this record: nothing follows it
            return ReadResult.failed(where, origin + " ends inside the record of " + url + " (truncated file): the rest of this file is skipped");
        } catch (IOException | RuntimeException e) {
            return ReadResult.failed(where, url + ": unreadable HTTP response (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        warc.close();
    }
}
