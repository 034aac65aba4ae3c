package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Measure;
import org.newsgraph.facts.FactComparison;
import org.newsgraph.io.json.AnalysisJsonReader;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Gazetteer;
import org.newsgraph.facts.Place;
import org.newsgraph.facts.Places;
import org.newsgraph.facts.Report;
import org.newsgraph.facts.Story;
import org.newsgraph.facts.StoryClusterer;

/**
 * The embedded corpus store: one Lucene index in a directory, holding for each article its analysis JSON (as the
 * writer produced it), its text for full-text search and keyword facets (language, outlet, entities, places,
 * measures, publication day).
 *
 * <p>Why Lucene: embedded (no server), full text with per-language stemming, keyword filters and stored fields in
 * one library, and atomic commits — a commit is all-or-nothing on disk, so a process killed mid-ingest leaves the
 * last commit intact and the store reopens there (the unfinished batch is discarded by Lucene on open).
 *
 * <p>Adds are idempotent: an article whose id, URL or content hash is already stored is reported as a duplicate
 * and not added. A writable store commits every {@link StoreOptions#batchSize()} articles, and sooner when
 * {@link StoreOptions#commitEveryMillis()} have passed since the last commit; {@link #close()} commits the rest. A read-only store can be opened
 * while another process writes (it sees that process's commits as of opening). Thread-safe.
 */
public final class CorpusStore implements AutoCloseable {
    static {
        LuceneNotices.quiet();
    }

    /** Articles parsed and turned into reports at a time, on all cores; bounds the JSON held in memory. */
    private static final int EXTRACTION_CHUNK = 2000;
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;          // null when read-only
    private final SearcherManager searchers;
    private final StoreOptions options;
    /** Keys added since the searcher was last refreshed: the searcher cannot see them yet. */
    private final Set<String> unrefreshedKeys = ConcurrentHashMap.newKeySet();
    /**
     * Keys of the articles being added now (checked, not yet in the writer): a commit's refresh may not see them,
     * so they stay apart from {@link #unrefreshedKeys}, which a commit clears.
     */
    private final Set<String> addingKeys = ConcurrentHashMap.newKeySet();
    /** Resolves names and places for the referent fields and filters; the basic one until told otherwise. */
    private volatile Gazetteer gazetteer = Gazetteer.basic();
    private volatile String versions = "";
    private int pending;
    /** Set by a failed write: closing then rolls back to the last commit instead of committing a part. */
    private volatile boolean writeFailed;
    private long lastCommitNanos = System.nanoTime();

    private CorpusStore(Path dir, Directory directory, IndexWriter writer, SearcherManager searchers, StoreOptions options) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.options = options;
    }

    /** Opens (creating when needed) a writable store; only one process may write a store at a time. */
    public static CorpusStore open(Path dir, StoreOptions options) {
        return open(dir, options, d -> d);
    }

    /**
     * Opens a writable store over a wrapped directory: tests put a failing directory under the store (a full disk)
     * to check that nothing is committed half-way.
     */
    static CorpusStore open(Path dir, StoreOptions options, java.util.function.UnaryOperator<Directory> wrap) {
        requireNotAFile(dir);
        try {
            Files.createDirectories(dir);
            Directory directory = wrap.apply(FSDirectory.open(dir));
            if (DirectoryReader.indexExists(directory)) verifyOrClose(directory, dir);
            if (!DirectoryReader.indexExists(directory) && hasOtherFiles(dir)) {
                directory.close();
                throw new IllegalArgumentException(dir + " is not a store and is not empty: give a new or empty "
                        + "directory for the store, or the directory of an existing one");
            }
            IndexWriterConfig config = new IndexWriterConfig(StoreAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    // the analysis JSON repeats the text; DEFLATE keeps the store about a fifth smaller than LZ4
                    .setCodec(new org.apache.lucene.codecs.lucene103.Lucene103Codec(
                            org.apache.lucene.codecs.lucene103.Lucene103Codec.Mode.BEST_COMPRESSION))
                    .setCommitOnClose(true);
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (org.apache.lucene.store.LockObtainFailedException e) {
                directory.close();
                throw new IllegalStateException("the store " + dir + " is being written by another process: "
                        + "wait for it to finish (" + e.getMessage() + ")", e);
            } catch (java.nio.file.AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
                directory.close();
                throw new IllegalStateException("cannot write the store " + dir + " (permission denied): ingest needs "
                        + "write permission on the directory; search, compare and stories only read it", e);
            }
            try {
                if (!DirectoryReader.indexExists(directory)) writer.commit();   // an empty store opens read-only too
                return new CorpusStore(dir, directory, writer, new SearcherManager(writer, null), options);
            } catch (IOException e) {
                writer.rollback();
                directory.close();
                throw StoreWriteException.of(dir, e);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw new IllegalStateException("cannot create the store " + dir + " (permission denied): choose a directory you can write", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void requireNotAFile(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a store directory: give the directory of a store, "
                    + "or a new path for one");
        }
    }

    /** The cheap checksum verification of every open ({@link StoreIntegrity}); closes the directory on damage. */
    private static void verifyOrClose(Directory directory, Path dir) throws IOException {
        try {
            StoreIntegrity.verifyOnOpen(directory, dir);
        } catch (RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Files other than Lucene's lock: a store is never created among someone else's files. */
    private static boolean hasOtherFiles(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME));
        }
    }

    public static CorpusStore open(Path dir) {
        return open(dir, StoreOptions.defaults());
    }

    /** Opens an existing store to search and compare; never writes, never takes the write lock. */
    public static CorpusStore openReadOnly(Path dir) {
        requireNotAFile(dir);
        try {
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IllegalArgumentException("no store at " + dir + ": create one with 'newsgraph ingest --store "
                        + dir + " FILES…'");
            }
            verifyOrClose(directory, dir);
            return new CorpusStore(dir, directory, null, new SearcherManager(directory, null), StoreOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * Uses this gazetteer (e.g. backed by the knowledge base) to index articles by referent and to resolve the
     * {@code entity}, {@code speaker} and {@code source} filters and the places of {@link #compare}.
     */
    public CorpusStore useGazetteer(Gazetteer g) {
        this.gazetteer = java.util.Objects.requireNonNull(g);
        return this;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * Records these versions (engine, KB, models: see {@link StoredVersions}) with every article added from now on,
     * so {@link Reindexer} can tell which stored analyses an upgrade made stale.
     */
    public CorpusStore useVersions(java.util.Map<String, String> versions) {
        this.versions = StoredVersions.format(versions);
        return this;
    }

    /** The versions recorded with the articles added now, as stored ("" when none were given). */
    public String versions() {
        return versions;
    }

    /** Which key of the article is already stored ({@code id}, {@code url} or {@code content}), if any. */
    public Optional<String> duplicateOf(ArticleKeys keys) {
        if (unstored("id:" + keys.id())) return Optional.of("id");
        if (keys.url().isPresent() && unstored("url:" + keys.url().get())) return Optional.of("url");
        if (unstored("hash:" + keys.contentHash())) return Optional.of("content");
        IndexSearcher s = acquire();
        try {
            if (s.count(new TermQuery(new Term(StoreFields.ID, keys.id()))) > 0) return Optional.of("id");
            if (keys.url().isPresent() && s.count(new TermQuery(new Term(StoreFields.URL, keys.url().get()))) > 0) {
                return Optional.of("url");
            }
            if (s.count(new TermQuery(new Term(StoreFields.HASH, keys.contentHash()))) > 0) return Optional.of("content");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(s);
        }
    }

    /**
     * Adds an article unless it is already stored. {@code json} is the analysis as the JSON writer produced it.
     *
     * @return empty when added, else which key made it a duplicate
     */
    public Optional<String> add(Analysis analysis, String json, ArticleKeys keys) {
        requireWritable();
        // The document (referent fields, versions) is made and indexed outside the store's lock: the ingest
        // threads invert their texts at the same time (the writer is thread-safe); only the duplicate check with
        // the reservation of the keys, and the commit count, are made one article at a time.
        Document doc = document(analysis, json, keys);
        List<String> reserved = new ArrayList<>(3);
        reserved.add("id:" + keys.id());
        keys.url().ifPresent(u -> reserved.add("url:" + u));
        reserved.add("hash:" + keys.contentHash());
        synchronized (this) {
            Optional<String> duplicate = duplicateOf(keys);
            if (duplicate.isPresent()) return duplicate;
            addingKeys.addAll(reserved);
        }
        boolean added = false;
        try {
            writer.addDocument(doc);
            added = true;
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            writeFailed = true;
            throw StoreWriteException.of(dir, writer.getTragicException() != null ? writer.getTragicException() : e);
        } finally {
            synchronized (this) {
                // in the writer now: the next commit's refresh sees it (or the keys stay until one does)
                if (added) unrefreshedKeys.addAll(reserved);
                addingKeys.removeAll(reserved);
            }
        }
        synchronized (this) {
            pending++;
            if (pending >= options.batchSize()
                    || System.nanoTime() - lastCommitNanos > options.commitEveryMillis() * 1_000_000L) {
                commit();
            }
        }
        return Optional.empty();
    }

    private boolean unstored(String key) {
        return unrefreshedKeys.contains(key) || addingKeys.contains(key);
    }

    private Document document(Analysis analysis, String json, ArticleKeys keys) {
        Document doc = StoreFields.document(analysis, json, keys);
        ReferentFields.add(doc, analysis, gazetteer);
        StoredVersions.add(doc, versions);
        return doc;
    }

    /**
     * Replaces the stored analysis of article {@code id} (a re-analysis after an upgrade); committed like adds.
     */
    synchronized void replace(String id, Analysis analysis, String json, ArticleKeys keys) {
        requireWritable();
        try {
            writer.updateDocument(new Term(StoreFields.ID, id), document(analysis, json, keys));
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            writeFailed = true;
            throw StoreWriteException.of(dir, writer.getTragicException() != null ? writer.getTragicException() : e);
        }
        pending++;
        if (pending >= options.batchSize()
                || System.nanoTime() - lastCommitNanos > options.commitEveryMillis() * 1_000_000L) {
            commit();
        }
    }

    /** Calls {@code each} with the id and recorded versions ("" when none) of every stored article. */
    void forEachVersion(java.util.function.BiConsumer<String, String> each) {
        IndexSearcher s = acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = stored.document(d, Set.of(StoreFields.ID, StoredVersions.FIELD));
                    each.accept(doc.get(StoreFields.ID), StoredVersions.read(doc));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the store failed: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    /** Makes every added article durable; a crash after this loses none of them. */
    public synchronized void commit() {
        requireWritable();
        try {
            writer.commit();
            pending = 0;
            lastCommitNanos = System.nanoTime();
            searchers.maybeRefreshBlocking();
            unrefreshedKeys.clear();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            writeFailed = true;
            throw StoreWriteException.of(dir, writer.getTragicException() != null ? writer.getTragicException() : e);
        }
    }

    /**
     * The version of what reads see now: it changes whenever a commit or refresh changes the stored articles, so
     * views derived from the whole store (fact groups, rendered pages) can be cached under it.
     */
    public long version() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader() instanceof DirectoryReader r ? r.getVersion() : System.identityHashCode(s.getIndexReader());
        } finally {
            release(s);
        }
    }

    /** Number of articles in the store (including this writer's uncommitted ones once refreshed). */
    public int count() {
        IndexSearcher s = acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            release(s);
        }
    }

    /** The analysis JSON of an article by id. */
    public Optional<String> json(String id) {
        List<String> out = new ArrayList<>();
        forEachMatch(new TermQuery(new Term(StoreFields.ID, id)), (doc) -> out.add(doc.json()));
        return out.stream().findFirst();
    }

    public SearchResult search(SearchRequest request) {
        IndexSearcher s = acquire();
        try {
            return new StoreSearch(s, gazetteer).run(request);
        } catch (IOException | RuntimeException | AssertionError e) {
            if (StoreDamagedException.isDamage(e) || e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
                throw new StoreDamagedException(dir, e);
            }
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof AssertionError a) throw a;
            throw new UncheckedIOException("search failed: " + e.getMessage(), (IOException) e);
        } finally {
            release(s);
        }
    }

    /** A stored article seen while iterating: its id and analysis JSON. */
    public record StoredDoc(String id, String json) {
    }

    /** Calls {@code each} for every stored article matching {@code query} (index order, no scoring). */
    void forEachMatch(Query query, Consumer<StoredDoc> each) {
        IndexSearcher s = acquire();
        try {
            Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    if (live != null && !live.get(d)) continue;
                    Document doc = stored.document(d, Set.of(StoreFields.ID, StoreFields.JSON));
                    each.accept(new StoredDoc(doc.get(StoreFields.ID),
                            doc.getBinaryValue(StoreFields.JSON).utf8ToString()));
                }
            }
        } catch (IOException | AssertionError e) {
            if (StoreDamagedException.isDamage(e)) throw new StoreDamagedException(dir, e);
            throw new UncheckedIOException("reading the store failed: " + e.getMessage(), (IOException) e);
        } finally {
            release(s);
        }
    }

    /** Every stored article matching the filters of {@code request} (its query text is ignored). */
    public void forEachAnalysis(SearchRequest request, Consumer<StoredDoc> each) {
        forEachMatch(StoreSearch.filters(request, new BooleanQuery.Builder()
                .add(new org.apache.lucene.search.MatchAllDocsQuery(), BooleanClause.Occur.MUST), gazetteer).build(), each);
    }

    /**
     * Groups the stored articles' figures into facts (see {@code newsgraph-facts}). When {@code entity} names a
     * country only articles placing something in it are read (every fact about it comes from one of them);
     * otherwise every article with figures of the measure is read, so the groups stay complete.
     */
    public List<FactGroup> compare(Optional<Measure> measure, Optional<String> entity, FactComparison comparison) {
        SearchRequest filter = SearchRequest.of("").withMeasure(measure.orElse(null));
        Optional<String> country = entity.map(Places::placeOfName).map(Place::key).filter(k -> k.length() == 2
                && k.chars().allMatch(Character::isUpperCase));
        if (country.isPresent()) filter = filter.withEntity(country.get());
        List<Report> reports = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        forEachAnalysis(filter, doc -> {
            chunk.add(doc.json());
            if (chunk.size() == EXTRACTION_CHUNK) extractReports(chunk, measure, comparison, reports);
        });
        extractReports(chunk, measure, comparison, reports);
        return comparison.compareReports(reports, entity);
    }

    private static void extractReports(List<String> jsons, Optional<Measure> measure, FactComparison comparison,
                                       List<Report> into) {
        jsons.parallelStream()
                .map(json -> comparison.extractor().reports(AnalysisJsonReader.read(json)))
                .toList()   // keeps the store's order, so the result does not depend on scheduling
                .forEach(list -> {
                    for (Report r : list) if (measure.isEmpty() || measure.get() == r.measure()) into.add(r);
                });
        jsons.clear();
    }

    /** Stories among the stored articles matching the filters of {@code filter} (its query text is ignored). */
    public List<Story> stories(SearchRequest filter, StoryClusterer clusterer, int minArticles) {
        List<Analysis> analyses = new ArrayList<>();
        forEachAnalysis(filter, doc -> analyses.add(AnalysisJsonReader.read(doc.json())));
        return clusterer.cluster(analyses, minArticles);
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireWritable() {
        if (writer == null) throw new IllegalStateException("the store " + dir + " was opened read-only");
    }

    /** Commits what is pending (writable stores) and releases the files. */
    @Override
    public synchronized void close() {
        try {
            if (writer != null && (writeFailed || writer.getTragicException() != null)) {
                // the writer died on a write failure: keep the last commit, drop the rest
                searchers.close();
                writer.rollback();
            } else if (writer != null) {
                commit();
                searchers.close();
                writer.close();
            } else {
                searchers.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store " + dir + ": " + e.getMessage(), e);
        }
    }
}
