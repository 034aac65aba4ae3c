package org.newsgraph.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How an input file is read, told by its name (and, for {@code .xml}, by its first bytes). The one place that
 * knows the kinds: {@code analyze}, {@code ingest} and {@code spark analyze} all ask here.
 */
public enum InputKind {
    /** One article record per line ({@code .jsonl}, {@code .ndjson}, also gzipped or bzipped for Spark). */
    JSON_LINES,
    /** A WARC file of crawled pages, plain or gzipped. */
    WARC,
    /** An RSS 2.0 or Atom feed whose items carry the articles' text ({@code .rss}, {@code .atom}, feed-like {@code .xml}). */
    FEED,
    /** One article per file: a {@code .json} record, an {@code .html} page or a {@code .txt} text. */
    SINGLE_ARTICLE;

    /** The kind a file name says, or empty for names of no known kind ({@code .xml} needs {@link #of(Path)}). */
    public static Optional<InputKind> ofName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String n = lower;
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        else if (n.endsWith(".bz2")) n = n.substring(0, n.length() - 4);
        boolean compressed = !n.equals(lower);
        if (n.endsWith(".warc")) return Optional.of(WARC);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(JSON_LINES);
        if (compressed) return Optional.empty();
        if (n.endsWith(".rss") || n.endsWith(".atom")) return Optional.of(FEED);
        if (n.endsWith(".json") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".txt")) {
            return Optional.of(SINGLE_ARTICLE);
        }
        return Optional.empty();
    }

    /** The kind of a local file: by its name, and an {@code .xml} file is a feed when its start looks like one. */
    public static Optional<InputKind> of(Path file) {
        Optional<InputKind> byName = ofName(file.getFileName() == null ? file.toString() : file.getFileName().toString());
        if (byName.isPresent()) return byName;
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".xml") && looksLikeFeed(file)) return Optional.of(FEED);
        return Optional.empty();
    }

    /** Whether the start of a file looks like an RSS, RDF or Atom feed. */
    public static boolean looksLikeFeed(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(2048), StandardCharsets.UTF_8);
            return head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:RDF");
        } catch (IOException e) {
            return false;
        }
    }
}
