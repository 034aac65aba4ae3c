package org.newsgraph.io.read;

import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.newsgraph.io.feed.FeedArticleReader;
import org.newsgraph.io.warc.WarcArticleReader;
import org.newsgraph.io.web.UrlFetcher;
import org.newsgraph.io.web.WebArticleReader;

/**
 * Every input the command line accepts, dispatched by {@link InputKind}: article files, JSON lines, WARC
 * files, RSS/Atom feeds, standard input ({@code -}), web pages ({@code http(s)://…}, fetched); directories are walked for files of a known kind. Reading
 * never throws for bad input: each problem is a failed {@link ReadResult}.
 */
public final class Inputs {
    private final ArticleReader articles = new ArticleReader();
    private final WarcArticleReader warc = new WarcArticleReader();
    private final FeedArticleReader feeds = new FeedArticleReader();
    private final WebArticleReader web;

    /** Inputs read from files and standard input, and web pages fetched with the default {@link UrlFetcher}. */
    public Inputs() {
        this(new UrlFetcher());
    }

    public Inputs(UrlFetcher fetcher) {
        this.web = new WebArticleReader(fetcher, articles);
    }

    /** Reads every article of one location (a file, or "-" for standard input), in order. */
    public void read(String location, Consumer<ReadResult> out) {
        if (location.equals("-")) {
            articles.read(location, out);
            return;
        }
        if (UrlFetcher.isUrl(location)) {
            web.read(location, out);
            return;
        }
        Path path = Path.of(location);
        if (location.toLowerCase(java.util.Locale.ROOT).endsWith(".bz2")) {
            out.accept(ReadResult.failed(location, location + " is bzip2-compressed: decompress it first (bunzip2), or give it to `newsgraph spark analyze`"));
            return;
        }
        switch (Files.isRegularFile(path) ? InputKind.of(path).orElse(InputKind.SINGLE_ARTICLE) : InputKind.SINGLE_ARTICLE) {
            case WARC -> warc.read(path, out);
            case FEED -> feeds.read(path, out);
            default -> articles.read(location, out);
        }
    }

    /** Files named, and files of a known kind under directories named; unreadable directories are warned of on stderr. */
    public static List<String> expand(List<String> inputs) {
        return expand(inputs, warning -> System.err.println("newsgraph: warning: " + warning));
    }

    /**
     * Files named, and files of a known kind under directories named (sorted, hidden files skipped, symbolic links
     * followed). A subdirectory that cannot be read, or a link that loops, is skipped with a warning: one
     * unreadable folder never stops a batch of thousands of readable ones.
     */
    public static List<String> expand(List<String> inputs, Consumer<String> warnings) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            if (in.equals("-") || UrlFetcher.isUrl(in)) {
                out.add(in);
                continue;
            }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                out.addAll(DirectoryWalk.articleFiles(p, warnings));
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /** How many articles the files hold, for progress totals: one per file, per JSON line, per WARC page, per feed item. */
    public static long countArticles(List<String> files) {
        long n = 0;
        for (String f : files) {
            InputKind kind = f.equals("-") || UrlFetcher.isUrl(f) || !Files.isRegularFile(Path.of(f)) ? InputKind.SINGLE_ARTICLE
                    : InputKind.of(Path.of(f)).orElse(InputKind.SINGLE_ARTICLE);
            n += switch (kind) {
                case WARC -> WarcArticleReader.countPages(Path.of(f));
                case FEED -> FeedArticleReader.countItems(Path.of(f));
                case JSON_LINES -> jsonLines(Path.of(f));
                case SINGLE_ARTICLE -> 1;
            };
        }
        return n;
    }

    private static long jsonLines(Path f) {
        try (InputStream raw = Files.newInputStream(f);
             InputStream in = f.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return BoundedLines.countNonBlank(in);
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
