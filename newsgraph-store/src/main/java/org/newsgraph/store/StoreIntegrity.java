package org.newsgraph.store;

import org.newsgraph.core.Counted;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The checksums of a store, verified three ways. On every open, cheaply: the commit point, the full checksum of
 * the smaller files up to {@value #OPEN_CHECK_BYTES} bytes in all, and the footer of every other file — a
 * truncated or overwritten file is found before anything is read from it. {@link #check}: Lucene's
 * {@link CheckIndex} over every file and every segment. {@link #repair}: drops the segments that fail and names the
 * articles they held, so they can be ingested again.
 */
public final class StoreIntegrity {
    /** The bytes checksummed in full on open: all of a small store, the small files of a large one. */
    static final long OPEN_CHECK_BYTES = 64L * 1024 * 1024;

    static {
        LuceneNotices.quiet();
    }

    private StoreIntegrity() {
    }

    /** What a full check found. */
    public record Report(Path dir, int segments, int damagedSegments, int articles, int articlesInDamaged,
                         List<String> problems) {
        public boolean clean() {
            return damagedSegments == 0 && problems.isEmpty();
        }

        /** One line: "the store DIR is sound: 1200 articles in 4 segments" or what is damaged. */
        public String line() {
            if (clean()) return "the store " + dir + " is sound: " + Counted.of(articles, "article") + " in " + Counted.of(segments, "segment") + ", every checksum verified";
            return "the store " + dir + " is damaged: " + damagedSegments + " of " + segments + " segments ("
                    + articlesInDamaged + " of " + articles + " articles) fail their checks: run 'newsgraph store repair --store "
                    + dir + "' to drop them and list the articles to ingest again";
        }
    }

    /** What a repair did: the article ids lost with the dropped segments ({@code unknownLost} when unreadable). */
    public record Repair(Report before, List<String> lostIds, int unknownLost) {
    }

    /** The cheap check of every open; throws {@link StoreDamagedException} on a failed checksum or footer. */
    static void verifyOnOpen(Directory directory, Path dir) {
        try {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);   // verifies segments_N in full
            List<String> files = new ArrayList<>(commit.files(false));
            List<long[]> sizes = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) sizes.add(new long[] {directory.fileLength(files.get(i)), i});
            sizes.sort(Comparator.comparingLong(s -> s[0]));
            long budget = OPEN_CHECK_BYTES;
            for (long[] s : sizes) {
                String name = files.get((int) s[1]);
                try (IndexInput in = directory.openInput(name, IOContext.READONCE)) {
                    if (s[0] <= budget) {
                        CodecUtil.checksumEntireFile(in);
                        budget -= s[0];
                    } else {
                        CodecUtil.retrieveChecksum(in);
                    }
                }
            }
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            // an empty directory: nothing to verify
        } catch (IOException | RuntimeException | AssertionError e) {
            if (e instanceof java.nio.file.AccessDeniedException) throw new UncheckedIOException(
                    "cannot read the store " + dir + " (permission denied on " + e.getMessage() + "): run as a user who can read it", (IOException) e);
            throw new StoreDamagedException(dir, e);
        }
    }

    /** The full check: every file's checksum and every segment's structures. Never writes. */
    public static Report check(Path dir) {
        requireStore(dir);
        try (Directory directory = FSDirectory.open(dir); CheckIndex checker = checker(directory, dir)) {
            return report(dir, checker.checkIndex());
        } catch (IOException e) {
            throw new StoreDamagedException(dir, e);
        }
    }

    /**
     * Drops the segments that fail the full check, keeping every sound one, and returns the ids of the articles
     * lost. The ids are read from the damaged segments' id index when it is still readable.
     */
    public static Repair repair(Path dir) {
        requireStore(dir);
        try (Directory directory = FSDirectory.open(dir); CheckIndex checker = checker(directory, dir)) {
            CheckIndex.Status status = checker.checkIndex();
            Report before = report(dir, status);
            if (before.clean()) return new Repair(before, List.of(), 0);
            if (status.missingSegments) {
                throw new StoreDamagedException(dir, new IOException("its commit point is unreadable, nothing can be kept; "
                        + "move the directory aside and ingest again"));
            }
            Set<String> damaged = new HashSet<>();
            int damagedDocs = 0;
            for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
                if (s.error != null) {
                    damaged.add(s.name);
                    damagedDocs += s.toLoseDocCount;
                }
            }
            List<String> lost = lostIds(directory, damaged);
            checker.exorciseIndex(status);
            return new Repair(before, lost, Math.max(0, damagedDocs - lost.size()));
        } catch (IOException e) {
            throw new StoreDamagedException(dir, e);
        }
    }

    private static CheckIndex checker(Directory directory, Path dir) throws IOException {
        try {
            CheckIndex c = new CheckIndex(directory);
            c.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
            c.setInfoStream(null);
            return c;
        } catch (LockObtainFailedException e) {
            throw new IllegalStateException("the store " + dir + " is being written by another process: wait for it to finish", e);
        }
    }

    private static void requireStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no store at " + dir + ": give the directory of a store made by 'newsgraph ingest'");
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no store at " + dir + ": give the directory of a store made by 'newsgraph ingest'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Report report(Path dir, CheckIndex.Status status) {
        int articles = 0;
        int damagedSegments = 0;
        int lost = 0;
        List<String> problems = new ArrayList<>();
        if (status.missingSegments) problems.add("the commit point is missing or unreadable");
        for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
            articles += s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted);
            if (s.error != null) {
                damagedSegments++;
                lost += s.toLoseDocCount;
                problems.add("segment " + s.name + ": " + oneLine(s.error));
            }
        }
        return new Report(dir, status.segmentInfos.size(), damagedSegments, articles, lost, List.copyOf(problems));
    }

    /** The ids of the live articles of the named segments, read from the id terms (not the damaged stored fields). */
    private static List<String> lostIds(Directory directory, Set<String> segments) {
        List<String> ids = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                if (!(FilterLeafReader.unwrap(leaf.reader()) instanceof SegmentReader sr)
                        || !segments.contains(sr.getSegmentName())) {
                    continue;
                }
                try {
                    Terms terms = sr.terms(StoreFields.ID);
                    if (terms == null) continue;
                    Bits live = sr.getLiveDocs();
                    TermsEnum te = terms.iterator();
                    PostingsEnum postings = null;
                    for (BytesRef t = te.next(); t != null; t = te.next()) {
                        postings = te.postings(postings, PostingsEnum.NONE);
                        for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                            if (live == null || live.get(d)) {
                                ids.add(t.utf8ToString());
                                break;
                            }
                        }
                    }
                } catch (IOException | RuntimeException | AssertionError e) {
                    // this segment's ids are damaged too: counted as lost without ids
                }
            }
        } catch (IOException | RuntimeException | AssertionError e) {
            // the whole reader cannot open: every lost article is counted without its id
        }
        ids.sort(null);
        return ids;
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        String line = m.lines().findFirst().orElse("");
        int res = line.indexOf(" (resource=");
        return res > 0 ? line.substring(0, res) : line;
    }
}
