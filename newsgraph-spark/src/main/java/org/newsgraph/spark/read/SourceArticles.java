package org.newsgraph.spark.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.io.feed.FeedArticleReader;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.InputKind;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.read.TextDecoder;
import org.newsgraph.io.warc.WarcArticleReader;

/**
 * Articles from the pieces a Spark task is handed: one line of a JSONL file, or one whole file (a WARC file, an RSS/Atom feed, or a
 * single-article {@code .json}, {@code .html} or {@code .txt}). Reading goes through the io module's
 * {@link ArticleReader} and {@link WarcArticleReader}, so an input gives the same article here as in
 * {@code newsgraph analyze} and {@code newsgraph ingest}. Never throws for bad input: each problem is a failed
 * {@link ReadResult}.
 */
public final class SourceArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleReader reader = new ArticleReader();
    private final WarcArticleReader warc = new WarcArticleReader();
    private final FeedArticleReader feeds = new FeedArticleReader();

    /**
     * The article of one JSONL line. A record without an id is named after its file and a hash of the line
     * (not the line number, which a split of the file does not know): the same line always gets the same id.
     */
    public ReadResult jsonLine(String line, String filePath) {
        String where = fileName(filePath);
        String fallbackId = baseName(where) + "-" + shortHash(line);
        try {
            return ReadResult.ok(where, reader.fromRecord(JSON.readTree(line), fallbackId, where + " (" + fallbackId + ")"));
        } catch (JsonProcessingException e) {
            return ReadResult.failed(where, where + ": a line is not valid JSON (" + fallbackId + "): fix or remove that line");
        } catch (InputException e) {
            return ReadResult.failed(where, e.getMessage());
        }
    }

    /** The articles of one whole file, read lazily; the stream is closed when the iterator is exhausted. */
    public Iterator<ReadResult> file(String filePath, InputKind kind, InputStream in) throws IOException {
        String name = fileName(filePath);
        if (kind == InputKind.WARC) return warc.pages(name, in);
        try (in) {
            byte[] bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
            if (kind == InputKind.FEED) {
                List<ReadResult> items = new ArrayList<>();
                feeds.read(name, name, bytes, items::add);
                return items.iterator();
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            return List.of(reader.parse(name, baseName(name), ext, bytes)).iterator();
        } catch (InputException e) {
            return List.of(ReadResult.failed(name, e.getMessage())).iterator();
        }
    }

    static String fileName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** "a.input.json" → "a", "news.jsonl.gz" → "news": as the io reader names files' articles. */
    static String baseName(String name) {
        String n = name;
        for (String compressed : new String[] {".gz", ".bz2"}) {
            if (n.endsWith(compressed)) n = n.substring(0, n.length() - compressed.length());
        }
        int dot = n.lastIndexOf('.');
        if (dot > 0) n = n.substring(0, dot);
        if (n.endsWith(".input")) n = n.substring(0, n.length() - ".input".length());
        return n;
    }

    private static String shortHash(String line) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
