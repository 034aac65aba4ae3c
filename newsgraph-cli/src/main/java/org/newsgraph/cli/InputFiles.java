package org.newsgraph.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import java.util.function.Consumer;
import org.newsgraph.io.feed.FeedArticleReader;
import org.newsgraph.io.read.ArticleReader;
import org.newsgraph.io.read.ReadResult;
import org.newsgraph.io.warc.WarcArticleReader;
import org.newsgraph.store.IngestItem;

/**
 * The inputs of {@code ingest}: files as given, directories walked recursively for article files (also WARC
 * files and RSS/Atom feeds), and a reader
 * thread that turns them into {@link IngestItem}s through a bounded queue, so a large {@code .jsonl} file streams
 * instead of being held in memory.
 */
final class InputFiles {
    /** Extensions picked up when walking a directory; files named explicitly are read whatever their extension. */
    static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "html", "htm", "xhtml", "json", "jsonl", "ndjson",
            "warc", "rss", "atom");

    private InputFiles() {
    }

    /** Files named, and article files under directories named (sorted, hidden files skipped). */
    static List<String> expand(List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (!in.equals("-") && Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(InputFiles::isArticleFile)
                            .sorted().forEach(f -> out.add(f.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot walk " + in + ": " + e.getMessage(), e);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    private static boolean isArticleFile(Path f) {
        String name = f.getFileName().toString();
        String ext = extension(name);
        return ARTICLE_EXTENSIONS.contains(ext) || isWarc(name)
                || ext.equals("xml") && FeedArticleReader.looksLikeFeed(f);
    }

    static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    static boolean isFeed(String name) {
        String ext = extension(name);
        return ext.equals("rss") || ext.equals("atom") || ext.equals("xml") && FeedArticleReader.looksLikeFeed(Path.of(name));
    }

    /** How many articles the files hold: one per file, one per non-blank line of JSON-lines files. */
    static long countArticles(List<String> files) {
        long n = 0;
        for (String f : files) {
            String ext = extension(f);
            if (f.equals("-")) {
                n++;
            } else if (isWarc(f)) {
                n += WarcArticleReader.countPages(Path.of(f));
            } else if (isFeed(f)) {
                n += FeedArticleReader.countItems(Path.of(f));
            } else if (ext.equals("jsonl") || ext.equals("ndjson")) {
                try (BufferedReader r = Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8)) {
                    n += r.lines().filter(l -> !l.isBlank()).count();
                } catch (IOException | UncheckedIOException e) {
                    n++;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Reads the files on a daemon thread; the iterator yields their items in order, then ends. */
    static java.util.Iterator<IngestItem> read(List<String> files, java.util.function.UnaryOperator<org.newsgraph.core.Article> prepare) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
        Object end = new Object();
        Thread reader = new Thread(() -> {
            ArticleReader articles = new ArticleReader();
            WarcArticleReader warc = new WarcArticleReader();
            FeedArticleReader feeds = new FeedArticleReader();
            try {
                for (String f : files) {
                    Consumer<ReadResult> each = r -> put(queue, toItem(r, prepare));
                    if (!f.equals("-") && isWarc(f)) warc.read(Path.of(f), each);
                    else if (!f.equals("-") && isFeed(f)) feeds.read(Path.of(f), each);
                    else articles.read(f, each);
                }
            } catch (RuntimeException e) {
                put(queue, new IngestItem.Unreadable("reader", Newsgraph.oneLine(e)));
            } finally {
                put(queue, end);
            }
        }, "ingest-reader");
        reader.setDaemon(true);
        reader.start();
        return new java.util.Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) next = take(queue);
                return next != end;
            }

            @Override
            public IngestItem next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                IngestItem item = (IngestItem) next;
                next = null;
                return item;
            }
        };
    }

    private static IngestItem toItem(ReadResult r, java.util.function.UnaryOperator<org.newsgraph.core.Article> prepare) {
        return r.article().<IngestItem>map(a -> new IngestItem.Readable(prepare.apply(a), r.origin()))
                .orElseGet(() -> new IngestItem.Unreadable(r.origin(), r.error().orElse("unreadable input")));
    }

    private static void put(BlockingQueue<Object> q, Object o) {
        try {
            q.put(o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        }
    }

    private static Object take(BlockingQueue<Object> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the inputs", e);
        }
    }
}
