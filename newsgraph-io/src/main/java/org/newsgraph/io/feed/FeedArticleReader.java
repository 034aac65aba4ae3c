package org.newsgraph.io.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsgraph.core.Article;
import org.newsgraph.io.read.InputException;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.read.TextDecoder;

/**
 * Reads the items of an RSS 2.0 or Atom feed file as articles: title, link (also the id), publication date (RFC
 * 1123 or ISO), and the text of the full content ({@code content:encoded}, Atom {@code content}) or else of the
 * summary ({@code description}, {@code summary}), HTML turned into paragraphs. Items without any text are
 * reported as failures; the feed is never fetched from the network, nor are the linked pages.
 */
public final class FeedArticleReader {
    private static final List<String> BLOCKS = List.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote");

    /**
     * A feed is parsed whole (it is one XML document), so it has a size limit of its own: a few hundred items of full
     * text weigh a few megabytes; beyond this the file is an archive to split, not a feed.
     */
    public static final int MAX_BYTES = 32 * 1024 * 1024;

    public void read(Path file, Consumer<ReadResult> out) {
        byte[] bytes;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);   // the limit holds while reading: a device or a pipe has no size
        } catch (IOException e) {
            out.accept(ReadResult.failed(file.toString(), "cannot read " + file + " (" + e.getMessage() + ")"));
            return;
        }
        if (bytes.length > MAX_BYTES) {
            out.accept(ReadResult.failed(file.toString(), file + " is over the 32 MB limit for one feed: split it into several feeds"));
            return;
        }
        Path name = file.getFileName();
        read(file.toString(), name == null ? file.toString() : name.toString(), bytes, out);
    }

    /** The items of a feed read from anywhere (a Spark task's file): {@code origin} names it in messages, {@code name} in fallback ids. */
    public void read(String origin, String name, byte[] bytes, Consumer<ReadResult> out) {
        Document doc;
        try {
            doc = Jsoup.parse(TextDecoder.decode(bytes, origin, MAX_BYTES), "", Parser.xmlParser());
        } catch (InputException e) {
            out.accept(ReadResult.failed(origin, e.getMessage()));
            return;
        }
        List<Element> items = new ArrayList<>(doc.select("item"));
        items.addAll(doc.select("entry"));
        if (items.isEmpty()) {
            out.accept(ReadResult.failed(origin, origin + " has no RSS <item> nor Atom <entry>: give an RSS or Atom feed"));
            return;
        }
        int n = 0;
        for (Element item : items) {
            n++;
            String where = origin + "#" + n;
            try {
                out.accept(ReadResult.ok(where, article(item, name + "-" + n, where)));
            } catch (InputException e) {
                out.accept(ReadResult.failed(where, e.getMessage()));
            }
        }
    }

    /** Number of items in a feed file, for progress totals; read in pieces, and 1 for a file over the limit. */
    public static long countItems(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) return 1;
            String s = new String(bytes, StandardCharsets.UTF_8);
            return Math.max(1, count(s, "<item") + count(s, "<entry"));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    private static long count(String s, String tag) {
        long n = 0;
        for (int i = s.indexOf(tag); i >= 0; i = s.indexOf(tag, i + 1)) {
            char c = i + tag.length() < s.length() ? s.charAt(i + tag.length()) : '>';
            if (c == '>' || c == ' ' || c == '\n' || c == '\t' || c == '\r') n++;
        }
        return n;
    }

    private static Article article(Element item, String fallbackId, String origin) throws InputException {
        Optional<String> title = text(item, "title");
        Optional<String> link = text(item, "link").or(() -> Optional.ofNullable(item.selectFirst("link[href]"))
                .map(l -> l.attr("href")).filter(h -> !h.isBlank()));
        Optional<String> published = text(item, "pubDate").or(() -> text(item, "published"))
                .or(() -> text(item, "updated")).or(() -> text(item, "dc|date")).map(FeedArticleReader::isoDate);
        Optional<String> html = text(item, "content|encoded").or(() -> text(item, "content"))
                .or(() -> text(item, "description")).or(() -> text(item, "summary"));
        // normalised before the check: characters the decoder drops (controls, stray marks) can leave nothing
        String body = TextDecoder.normalise(html.map(FeedArticleReader::paragraphs).orElse(""));
        if (body.isBlank()) throw new InputException(origin + ": the feed item has no text: feeds with full content can be ingested, headlines alone cannot");
        String id = text(item, "guid").or(() -> text(item, "id")).or(() -> link).orElse(fallbackId);
        return new Article(id, link, published, title, body, Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static Optional<String> text(Element item, String tag) {
        Element e = item.selectFirst(tag);
        return e == null ? Optional.empty() : Optional.of(e.text().isBlank() ? e.wholeText().strip() : e.text().strip())
                .filter(s -> !s.isEmpty());
    }

    /** HTML content as paragraphs separated by blank lines; plain text as it is. */
    static String paragraphs(String html) {
        if (!html.contains("<")) return html.strip();
        Document d = Jsoup.parseBodyFragment(html);
        List<String> out = new ArrayList<>();
        for (Element e : d.body().select(String.join(",", BLOCKS))) {
            if (e.select(String.join(",", BLOCKS)).size() > 1) continue;   // the innermost blocks only (select includes e)
            String t = e.text().strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out.isEmpty() ? d.body().text().strip() : String.join("\n\n", out);
    }

    /** RFC 1123 ("Sat, 15 Jan 2022 10:00:00 +0000") or ISO dates to ISO; anything else is kept as it is. */
    static String isoDate(String s) {
        String t = s.strip();
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toString();
            } catch (DateTimeParseException e2) {
                return t;
            }
        }
    }
}
