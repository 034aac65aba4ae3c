package org.newsgraph.annotate.entities;

import org.newsgraph.core.lang.LexiconSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.newsgraph.core.Annotator;
import org.newsgraph.core.Doc;
import org.newsgraph.core.Layer;
import org.newsgraph.core.Layers;
import org.newsgraph.core.lang.LanguagePack;
import org.newsgraph.core.lang.LanguagePacks;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.LanguageGuess;
import org.newsgraph.core.model.Mention;

/**
 * Produces {@link Layers#ENTITIES}: the people, places and organisations of a document, one entity per referent
 * with every mention of it, canonical English names and KB links. Names are found by {@link NameFinder}, made
 * consistent by {@link DocumentConsistency}, merged by {@link EntityClusterer}, and roles are attached by
 * {@link RoleResolver}. Thread-safe; the KB and word lists are loaded once.
 */
public final class EntityAnnotator implements Annotator {
    private final Future<Engine> engine;
    private final Map<String, NameLexicons> lexicons = new ConcurrentHashMap<>();

    /** What the KB and word lists build: loaded once, on a background thread so start-up overlaps other work. */
    private record Engine(KnowledgeBase kb, NameFinder finder, EntityClusterer clusterer, Set<String> firstNames) {
    }

    private EntityAnnotator(Future<Engine> engine) {
        this.engine = engine;
    }

    /** With the shipped KB and the local KB in {@code ~/.newsgraph/kb} when it exists. */
    public static EntityAnnotator create() {
        Path local = KnowledgeBase.defaultLocalDir();
        return create(Files.isDirectory(local) ? Optional.of(local) : Optional.empty());
    }

    /** With the shipped KB and the given local KB directory (as written by {@code kb import-geonames}). */
    public static EntityAnnotator create(Optional<Path> localKb) {
        FutureTask<Engine> task = new FutureTask<>(() -> build(localKb));
        Thread loader = new Thread(task, "entities-kb-loader");
        loader.setDaemon(true);
        loader.start();
        return new EntityAnnotator(task);
    }

    private static Engine build(Optional<Path> localKb) {
        List<EndingFolder> folders = endingFolders();
        // the keys of the first names and trained types (the build's table, or computed) are read beside the KB's tables: on two cores the
        // first article then waits for the longer of the two, not for their sum
        FutureTask<NameKeyTable.NameKeySets> names = new FutureTask<>(() -> NameKeyTable.load(folders));
        Thread keys = new Thread(names, "entities-name-keys");
        keys.setDaemon(true);
        keys.start();
        KnowledgeBase kb = KnowledgeBase.shared(localKb, folders);
        NameKeyTable.NameKeySets n = await(names);
        return new Engine(kb, new NameFinder(kb, n.firstNames(), n.trained()), new EntityClusterer(kb), n.firstNames());
    }

    private static NameKeyTable.NameKeySets await(FutureTask<NameKeyTable.NameKeySets> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the name keys were computed", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("cannot read the first names or trained types: " + e.getCause(), e.getCause());
        }
    }

    private Engine engine() {
        try {
            return engine.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the entity KB was loading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            throw new IllegalStateException("the entity KB could not be loaded: " + cause.getMessage(), cause);
        }
    }

    /** The ending folders of the installed languages, and the one that folds nothing. */
    static List<EndingFolder> endingFolders() {
        return InstalledEndings.FOLDERS;
    }

    /** The installed packs' case endings, read once: the KB is shared by equal folders (see KnowledgeBase.shared). */
    private static final class InstalledEndings {
        static final List<EndingFolder> FOLDERS = read();

        private static List<EndingFolder> read() {
            List<EndingFolder> folders = new ArrayList<>();
            for (LanguagePack p : LanguagePacks.all()) {
                EndingFolder f = EndingFolder.of(p.lexicon(NameLexicons.NAME_ENDINGS));
                if (!f.isEmpty()) folders.add(f);
            }
            folders.add(EndingFolder.NONE);
            return List.copyOf(folders);
        }
    }

    /** The name finder, once the KB has loaded: for the recogniser's trainer, which needs its features. */
    NameFinder finder() {
        return engine().finder();
    }

    public KnowledgeBase knowledgeBase() {
        return engine().kb();
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.WORDS);
    }

    @Override
    public List<LexiconSpec> lexicons() {
        return NameLexicons.LEXICONS;
    }

    /** The name recogniser's model of each language ({@code ner-LANG.bin.gz}); without one, names are typed by cues. */
    @Override
    public List<org.newsgraph.core.lang.ModelResource> resources() {
        return List.of(org.newsgraph.core.lang.ModelResource.perLanguage(
                "name recogniser model ner-LANG.bin.gz", NerModel::load));
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public void annotate(Doc doc) {
        String lang = doc.find(Layers.LANGUAGE).map(LanguageGuess::code).orElse(LanguageGuess.UNKNOWN);
        NameLexicons lx = lexicons(lang);
        Words words = Words.of(doc, lx);
        Engine en = engine();
        NameFinder.Found found = en.finder().find(words, lx);
        StreetNames.apply(words, lx, found.names());
        GivenNameReferences.apply(words, lx, found.names(), found.pending(), en.firstNames());
        NumberedUnits.apply(words, lx, found.names());
        List<Candidate> names = DocumentConsistency.apply(found.names(), found.pending());
        names.addAll(AcronymExpansions.find(words, lx, names, en.clusterer().parts(lx)));
        names.addAll(AcronymExpansions.unfound(words, lx, names, en.clusterer().parts(lx)));
        names.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        List<Cluster> clusters = en.clusterer().cluster(names, lx);
        RoleResolver.resolve(words, lx, clusters, names, () -> doc.article().publicationDate());
        doc.put(Layers.ENTITIES, entities(clusters, lx));
    }

    /** The language's word lists and keys (the KB is not needed for them). */
    @Override
    public void prepare(String lang) {
        lexicons(lang);
    }

    NameLexicons lexicons(String lang) {
        return lexicons.computeIfAbsent(lang, code -> new NameLexicons(
                LanguagePacks.find(code).or(() -> LanguagePacks.find("en")).orElseThrow()));
    }

    private static List<Entity> entities(List<Cluster> clusters, NameLexicons lx) {
        clusters.sort(Comparator.comparingInt(Cluster::firstStart));
        List<Entity> out = new ArrayList<>(clusters.size());
        int n = 0;
        for (Cluster c : clusters) {
            if (c.type == EntityType.OTHER && c.entry == null) continue; // a capitalised word we could not place
            List<Mention> mentions = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            c.names.sort(Comparator.comparingInt(x -> x.start));
            for (Candidate x : c.names) {
                if (seen.add(((long) x.start << 32) | x.end)) {
                    mentions.add(new Mention(x.surface, x.start, x.end, Mention.Kind.NAME));
                }
            }
            for (Mention m : c.roles) {
                if (seen.add(((long) m.start() << 32) | m.end())) mentions.add(m);
            }
            mentions.sort(Comparator.comparingInt(Mention::start));
            KbEntry e = c.entry;
            String name = e != null ? e.name() : CanonicalNames.of(c, lx.nominatives, lx.lemmas);
            out.add(new Entity("e" + (++n), c.type, name,
                    e == null ? Optional.empty() : e.kb(),
                    e == null ? Optional.empty() : e.country(),
                    e == null ? Optional.empty() : e.lat(),
                    e == null ? Optional.empty() : e.lon(),
                    mentions));
        }
        return out;
    }
}
