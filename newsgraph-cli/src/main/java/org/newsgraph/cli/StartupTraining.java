package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.server.ServeOptions;

/**
 * The training runs of the start-up caches (JDK 25+, {@code -XX:AOTCacheOutput}): the launcher runs one once per
 * build and family of commands, and every later command of the family starts with the classes, linked call sites
 * and profiles that run loaded. So it runs the family's commands once, in the three languages, the way people run
 * them. {@code analyze}: a batch into a directory, one article to the terminal as text and as JSON. {@code store}:
 * an ingest, a search, the stories and a server answering a page (Lucene and Jetty, which analyze never loads: every
 * class of a cache is loaded at each start, so one cache for all would slow the first result). A class left out is
 * read from the jar and verified at every start of the command that needs it.
 *
 * <p>Usage: {@code java -XX:AOTCacheOutput=CACHE -cp newsgraph.jar org.newsgraph.cli.StartupTraining FAMILY ROOT
 * WORK}, with FAMILY {@code analyze} or {@code store}, ROOT the checkout (its {@code examples/} and {@code eval/}
 * articles) and WORK an empty directory it may fill. Prints what failed on standard error; exits 0 whenever it got
 * through, since a partial training still makes a useful cache.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !(args[0].equals("analyze") || args[0].equals("store"))) {
            System.err.println("usage: StartupTraining analyze|store ROOT WORK");
            System.exit(2);
        }
        run(args[0].equals("store"), Path.of(args[1]), Path.of(args[2]));
    }

    /**
     * Runs the commands of a family once over the articles of {@code root}, writing only below {@code work}; the
     * number of commands that failed.
     */
    static int run(boolean store, Path root, Path work) throws IOException {
        String example = root.resolve("examples/floods-interview-fr.txt").toString();
        List<String> articles = new ArrayList<>();
        articles.add(example);
        articles.addAll(inputs(root.resolve("eval/own-gold")));
        articles.addAll(inputs(root.resolve("eval/attribution-train")));
        String dir = work.resolve("store").toString();
        PrintStream out = System.out;
        int failed = 0;
        try {
            System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, java.nio.charset.StandardCharsets.UTF_8));
            if (store) {
                failed += command(cat(List.of("ingest", "-q", "--threads", "1", "--store", dir), articles));
                failed += command(List.of("search", "--store", dir, "police"));
                failed += command(List.of("stories", "--store", dir));
                failed += serve(Path.of(dir));
            } else {
                failed += command(cat(List.of("analyze", "-q", "--threads", "1", "--out", work.resolve("out").toString()), articles));
                failed += command(List.of("analyze", example));
                failed += command(List.of("analyze", "-f", "json", example));
            }
        } finally {
            System.setOut(out);
        }
        return failed;
    }

    private static int command(List<String> args) {
        int code = Newsgraph.execute(args.toArray(String[]::new));
        if (code == 0) return 0;
        System.err.println("start-up training: `newsgraph " + args.get(0) + "` exited with " + code);
        return 1;
    }

    /** Starts the server on a free loopback port, asks for its home page, and stops it. */
    private static int serve(Path store) {
        ServeOptions options = new ServeOptions(store, "127.0.0.1", 0, Optional.empty(), true, List.of(),
                ServeOptions.DEFAULT_MAX_BODY, 0, 0, Optional.empty());
        try (NewsgraphServer server = NewsgraphServer.start(options)) {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port() + "/").toURL().openConnection();
            try (InputStream in = c.getInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return c.getResponseCode() == 200 ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("start-up training: serve failed: " + Newsgraph.oneLine(e));
            return 1;
        }
    }

    private static List<String> inputs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).filter(f -> f.endsWith(".input.json")).sorted().toList();
        }
    }

    private static List<String> cat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
