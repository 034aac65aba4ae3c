package org.newsgraph.io.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.newsgraph.core.Article;
import org.newsgraph.io.html.ExtractedPage;
import org.newsgraph.io.html.HtmlArticleExtractor;

/**
 * Reads articles from files and standard input: plain text ({@code .txt}), HTML ({@code .html}), one record
 * ({@code .json}) or one record per line ({@code .jsonl}), as docs/format.md §1 says. Every problem is reported as a
 * {@link ReadResult} failure with a one-line reason; reading never throws for bad input.
 */
public final class ArticleReader {
    /** Made when the first JSON record is read: a mapper costs a twentieth of a second, which text and HTML need not pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    /** Reads every article of a file ("-" is standard input) and hands each result to the consumer, in order. */
    public void read(String location, Consumer<ReadResult> out) {
        if (location.equals("-")) {
            readStdin(out);
            return;
        }
        Path path = Path.of(location);
        String name = path.getFileName() == null ? location : path.getFileName().toString();
        String ext = extension(name);
        String id = stripExtension(name);
        try {
            if (Files.isDirectory(path)) {
                out.accept(ReadResult.failed(location, location + " is a directory: pass the files in it (e.g. DIR/*.json)"));
                return;
            }
            if (ext.equals("jsonl") || ext.equals("ndjson")) {
                try (InputStream in = Files.newInputStream(path)) {
                    readJsonLines(location, in, id, out);
                }
                return;
            }
            if (ext.equals("gz") && InputKind.ofName(name).orElse(null) == InputKind.JSON_LINES) {
                try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(path))) {
                    readJsonLines(location, in, stripExtension(id), out);
                }
                return;
            }
            if (Files.isRegularFile(path) && Files.size(path) > TextDecoder.MAX_BYTES) {
                out.accept(ReadResult.failed(location, TextDecoder.tooLarge(location, Files.size(path)).getMessage()));
                return;
            }
            // devices and pipes say nothing of their size: the limit is enforced while reading
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
            }
            if (bytes.length > TextDecoder.MAX_BYTES) {
                out.accept(ReadResult.failed(location, location + " is over the 10 MB limit for one article: split it into articles (one per file or per .jsonl line)"));
                return;
            }
            out.accept(parse(location, id, ext, bytes));
        } catch (NoSuchFileException e) {
            out.accept(ReadResult.failed(location, location + " does not exist: check the path"));
        } catch (InputException e) {
            out.accept(ReadResult.failed(location, e.getMessage()));
        } catch (IOException e) {
            out.accept(ReadResult.failed(location, "cannot read " + location + " (" + e.getMessage() + "): check that it is a readable file"));
        }
    }

    private void readStdin(Consumer<ReadResult> out) {
        try {
            // the first bytes tell the kind; JSON lines then stream, anything else is one article within the limit
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(System.in, 1 << 16);
            in.mark(1 << 16);
            byte[] start = in.readNBytes(1 << 16);
            in.reset();
            String head = new String(start, 0, Math.min(start.length, 512), StandardCharsets.UTF_8).stripLeading();
            String ext = head.startsWith("{") ? (looksLikeJsonLines(start) ? "jsonl" : "json")
                    : head.startsWith("<") ? "html" : "txt";
            if (ext.equals("jsonl")) {
                readJsonLines("stdin", in, "stdin", out);
                return;
            }
            byte[] bytes = in.readNBytes(TextDecoder.MAX_BYTES + 1);
            out.accept(parse("stdin", "stdin", ext, bytes));
        } catch (InputException e) {
            out.accept(ReadResult.failed("stdin", e.getMessage()));
        } catch (IOException e) {
            out.accept(ReadResult.failed("stdin", "cannot read standard input: " + e.getMessage()));
        }
    }

    /**
     * Whether the start of an input is one JSON record per line: a first line ending in '}', then another '{'; or a
     * first line longer than the whole start, which only a stream of big records is (a lone record is read alike).
     */
    private static boolean looksLikeJsonLines(byte[] start) {
        String s = new String(start, StandardCharsets.UTF_8).strip();
        int nl = s.indexOf('\n');
        if (nl < 0) return start.length == 1 << 16;
        return s.substring(0, nl).strip().endsWith("}") && s.substring(nl + 1).stripLeading().startsWith("{");
    }

    /** Parses one article from bytes of the given kind ({@code txt}, {@code html}, {@code json}). */
    public ReadResult parse(String origin, String id, String ext, byte[] bytes) throws InputException {
        String text = TextDecoder.decode(bytes, origin);
        return switch (ext) {
            case "json" -> fromJson(origin, id, text);
            case "html", "htm", "xhtml" -> ReadResult.ok(origin, fromHtml(id, text, Optional.empty(), Optional.empty(), Optional.empty()));
            default -> ReadResult.ok(origin, fromText(id, text));
        };
    }

    /** One fetched web page, already decoded: the article of an {@code http(s)://} input. */
    public ReadResult page(String origin, String id, String html, Optional<String> url) {
        try {
            return ReadResult.ok(origin, fromHtml(id, TextDecoder.normalise(html), url, Optional.empty(), Optional.empty()));
        } catch (InputException e) {
            return ReadResult.failed(origin, e.getMessage());
        }
    }

    private static Article fromText(String id, String text) throws InputException {
        TitleSplitter.Split split = TitleSplitter.split(text);
        String body = BodyTidier.tidy(split.body());
        if (body.isBlank()) throw new InputException(id + " has no text: give a file with the article's text");
        return new Article(id, Optional.empty(), Optional.empty(), split.title(), body,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private Article fromHtml(String id, String page, Optional<String> url, Optional<String> published, Optional<String> title) throws InputException {
        ExtractedPage p = html.extract(page, url);
        // blank is judged after tidying: a page whose only "text" is a byte-order mark has none (found by fuzzing)
        String body = BodyTidier.tidy(TextDecoder.normalise(p.body()));
        if (body.isBlank()) throw new InputException(id + ": no article text found in the HTML page: check that it is an article page, or give its text");
        return new Article(id, url.or(p::canonicalUrl), published.or(p::published), title.or(p::title),
                body, p.siteName(), p.byline(), Optional.empty());
    }

    private ReadResult fromJson(String origin, String id, String text) throws InputException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InputException(origin + " " + JsonProblems.describe(e) + ": fix the record, or give the text as a .txt file");
        }
        return ReadResult.ok(origin, fromRecord(node, id, origin));
    }

    /** An article from a docs/format.md §1 record. */
    public Article fromRecord(JsonNode node, String fallbackId, String origin) throws InputException {
        if (node == null || !node.isObject()) {
            throw new InputException(origin + " is not a JSON object: give one record like {\"id\": …, \"text\": …}");
        }
        String id = str(node, "id").orElse(fallbackId);
        Optional<String> url = str(node, "url");
        Optional<String> published = str(node, "published").or(() -> str(node, "date"));
        Optional<String> title = str(node, "title");
        Optional<String> lang = str(node, "lang").or(() -> str(node, "language"));
        Optional<String> text = str(node, "text");
        Article a;
        if (text.isPresent() && !text.get().isBlank()) {
            String t = TextDecoder.normalise(text.get());
            if (TextDecoder.utf8Length(t) > TextDecoder.MAX_BYTES) throw new InputException(origin + ": the text is over the 10 MB limit for one article: split it");
            TitleSplitter.Split split = title.isPresent() ? new TitleSplitter.Split(title, t) : TitleSplitter.split(t);
            String body = BodyTidier.tidy(split.body());
            if (body.isBlank()) throw new InputException(origin + " has a title but no text: add the article's text to the record");
            a = new Article(id, url, published, split.title(), body, str(node, "site_name"), str(node, "byline"), lang);
        } else if (str(node, "html").isPresent()) {
            a = fromHtml(id, str(node, "html").get(), url, published, title).withLanguage(lang.orElse(null));
        } else {
            throw new InputException(origin + " has neither \"text\" nor \"html\": add the article's text to the record");
        }
        return a;
    }

    /**
     * The records of a JSON-lines stream from anywhere, one result per non-blank line, each line within the 10 MB
     * limit (a longer one is reported and skipped without being held); {@code baseId}-N names records without an id.
     */
    public void readJsonLines(String origin, InputStream in, String baseId, Consumer<ReadResult> out) throws IOException {
        BoundedLines lines = new BoundedLines(in, TextDecoder.MAX_BYTES);
        for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
            String where = origin + ":" + line.number();
            if (line.tooLong()) {
                out.accept(ReadResult.failed(where, where + " is a line of " + TextDecoder.megabytes(line.length())
                        + " MB, over the 10 MB limit for one article: split the record, or check that the file has one record per line"));
                continue;
            }
            String text = new String(line.bytes(), StandardCharsets.UTF_8);
            if (text.isBlank()) continue;
            try {
                out.accept(ReadResult.ok(where, fromRecord(Json.MAPPER.readTree(text), baseId + "-" + line.number(), where)));
            } catch (JsonProcessingException e) {
                out.accept(ReadResult.failed(where, where + " " + JsonProblems.describe(e) + ": fix or remove that line"));
            } catch (InputException e) {
                out.accept(ReadResult.failed(where, e.getMessage()));
            }
        }
    }

    private static Optional<String> str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText()).filter(s -> !s.isBlank());
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** "a.input.json" → "a": the gold sets name records NAME.input.json and expect NAME.json back. */
    static String stripExtension(String name) {
        String n = name;
        int dot = n.lastIndexOf('.');
        if (dot > 0) n = n.substring(0, dot);
        if (n.endsWith(".input")) n = n.substring(0, n.length() - ".input".length());
        return n;
    }
}
