package org.newsgraph.facts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Figure;
import org.newsgraph.core.model.Measure;

/**
 * Groups articles into stories. Two articles are linked when their texts are near-duplicates (MinHash estimate of
 * shingle Jaccard ≥ {@code duplicateSimilarity}, found through locality-sensitive hashing, not all pairs), or when
 * they were published within {@code windowDays} of each other and share enough of what they are about: named
 * entities (canonical names, so languages meet) and figures (measure and value), each weighted by its rarity in
 * the corpus (IDF); at least two features more specific than a country must be shared (a figure counts twice: the same
 * toll on the same days is strong evidence), and their weight must reach {@code minSharedShare} of the smaller
 * article's weight or an absolute {@value #MIN_SHARED_WEIGHT}. Stories are the connected groups of linked articles.
 */
public final class StoryClusterer {
    private static final int BANDS = 16;
    private static final int ROWS = MinHash.SLOTS / BANDS;
    /** Features in more articles than this share of the corpus say little about which event an article is on. */
    private static final double MAX_FEATURE_SHARE = 0.5;
    /**
     * What is left of such a feature's weight. Not nothing: in a store all about one event every feature is that
     * common, and with no weight at all no two of its articles could ever be linked (no story once the store held
     * ten articles); a tenth still links articles that share mostly such features, and adds too little to link two
     * articles on different events that each say something rarer.
     */
    private static final double COMMON_FEATURE_FACTOR = 0.1;
    private static final int MAX_POSTING = 2000;
    /** Shared rarity that links two articles however much else each says (two features each in ~1 in 5 articles). */
    private static final double MIN_SHARED_WEIGHT = 3.0;

    private final int windowDays;
    private final double minSharedShare;
    private final double duplicateSimilarity;

    public StoryClusterer(int windowDays, double minSharedShare, double duplicateSimilarity) {
        this.windowDays = windowDays;
        this.minSharedShare = minSharedShare;
        this.duplicateSimilarity = duplicateSimilarity;
    }

    public static StoryClusterer defaults() {
        return new StoryClusterer(3, 0.3, 0.6);
    }

    /** What clustering keeps of one article. */
    private record Doc(Story.Member member, Set<String> features, long[] signature) {
    }

    /** Stories of at least {@code minArticles} articles, largest first. */
    public List<Story> cluster(List<Analysis> analyses, int minArticles) {
        List<Doc> docs = new ArrayList<>();
        for (Analysis a : analyses) docs.add(doc(a));
        int n = docs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;

        List<int[]> duplicatePairs = nearDuplicates(docs);
        for (int[] p : duplicatePairs) union(parent, p[0], p[1]);

        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) for (String f : docs.get(i).features()) postings.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
        Map<String, Double> idf = new HashMap<>();
        postings.forEach((f, list) -> {
            boolean tooCommon = n >= 10 && list.size() > MAX_FEATURE_SHARE * n;
            double rarity = Math.log(1.0 + n / (double) list.size());
            idf.put(f, tooCommon ? COMMON_FEATURE_FACTOR * rarity : rarity);
        });
        double[] weight = new double[n];
        for (int i = 0; i < n; i++) for (String f : docs.get(i).features()) weight[i] += idf.get(f);

        Map<Long, Double> shared = new HashMap<>();
        Map<Long, Integer> sharedSpecific = new HashMap<>();
        for (var e : postings.entrySet()) {
            // the same toll on the same days is strong evidence of the same event: figures weigh double
            boolean figure = e.getKey().startsWith("figure:");
            double w = idf.get(e.getKey()) * (figure ? 2 : 1);
            List<Integer> list = e.getValue();
            if (w == 0 || list.size() < 2 || list.size() > MAX_POSTING) continue;
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int i = list.get(x);
                    int j = list.get(y);
                    if (!withinWindow(docs.get(i), docs.get(j))) continue;
                    long key = (long) i * n + j;
                    shared.merge(key, w, Double::sum);
                    if (!e.getKey().startsWith("place:")) sharedSpecific.merge(key, figure ? 2 : 1, Integer::sum);
                }
            }
        }
        for (var e : shared.entrySet()) {
            int i = (int) (e.getKey() / n);
            int j = (int) (e.getKey() % n);
            double smaller = Math.min(weight[i], weight[j]);
            boolean enough = e.getValue() >= MIN_SHARED_WEIGHT || smaller > 0 && e.getValue() / smaller >= minSharedShare;
            if (sharedSpecific.getOrDefault(e.getKey(), 0) >= 2 && enough) union(parent, i, j);
        }

        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        List<Story> stories = new ArrayList<>();
        for (List<Integer> members : groups.values()) {
            if (members.size() >= minArticles) stories.add(story(docs, members, duplicatePairs, idf));
        }
        stories.sort(Comparator.comparingInt((Story s) -> -s.articles().size())
                .thenComparing(s -> s.from().orElse(LocalDate.MAX)));
        return stories;
    }

    private Doc doc(Analysis a) {
        Set<String> features = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            if (e.type() == EntityType.OTHER) continue;
            if (e.type() == EntityType.LOCATION) {
                // a country alone is a weak hint; a city or region in it is a specific one
                features.add("place:" + Places.placeOf(e).key());
                if (Places.countryCodeOf(e.name()).isEmpty()) features.add("entity:" + TextKeys.key(e.name()));
            } else {
                features.add("entity:" + TextKeys.key(e.name()));
            }
        }
        for (Figure f : a.figures()) {
            if (f.measure() != Measure.OTHER && f.value() >= 10) features.add("figure:" + f.measure().jsonName() + ":" + (long) f.value());
        }
        Optional<LocalDate> published = a.published().flatMap(ReportExtractor::parseDate);
        return new Doc(new Story.Member(a.id(), a.title(), a.outlet().map(o -> o.name()), a.lang(), published),
                features, MinHash.signature(a.text()));
    }

    private boolean withinWindow(Doc a, Doc b) {
        Optional<LocalDate> x = a.member().published();
        Optional<LocalDate> y = b.member().published();
        return x.isEmpty() || y.isEmpty() || Math.abs(ChronoUnit.DAYS.between(x.get(), y.get())) <= windowDays;
    }

    /** Pairs whose signatures collide in at least one LSH band and whose estimated similarity is high enough. */
    private List<int[]> nearDuplicates(List<Doc> docs) {
        Set<Long> seen = new HashSet<>();
        List<int[]> pairs = new ArrayList<>();
        int n = docs.size();
        for (int band = 0; band < BANDS; band++) {
            Map<Long, List<Integer>> buckets = new HashMap<>();
            for (int i = 0; i < n; i++) {
                long h = band;
                long[] sig = docs.get(i).signature();
                for (int r = 0; r < ROWS; r++) h = h * 31 + sig[band * ROWS + r];
                buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
            }
            for (List<Integer> bucket : buckets.values()) {
                if (bucket.size() < 2 || bucket.size() > MAX_POSTING) continue;
                for (int x = 0; x < bucket.size(); x++) {
                    for (int y = x + 1; y < bucket.size(); y++) {
                        int i = bucket.get(x);
                        int j = bucket.get(y);
                        if (!seen.add((long) i * n + j)) continue;
                        if (MinHash.similarity(docs.get(i).signature(), docs.get(j).signature()) >= duplicateSimilarity) {
                            pairs.add(new int[] {i, j});
                        }
                    }
                }
            }
        }
        return pairs;
    }

    private static Story story(List<Doc> docs, List<Integer> members, List<int[]> duplicatePairs, Map<String, Double> idf) {
        List<Story.Member> articles = new ArrayList<>();
        Map<String, Integer> featureCounts = new HashMap<>();
        Set<Integer> in = new HashSet<>(members);
        for (int i : members) {
            articles.add(docs.get(i).member());
            for (String f : docs.get(i).features()) featureCounts.merge(f, 1, Integer::sum);
        }
        articles.sort(Comparator.comparing((Story.Member m) -> m.published().orElse(LocalDate.MAX)).thenComparing(Story.Member::id));
        List<String> entities = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        featureCounts.entrySet().stream()
                .filter(e -> e.getValue() >= 2 && !e.getKey().startsWith("place:"))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    String label = e.getKey().substring(e.getKey().indexOf(':') + 1) + " (" + e.getValue() + ")";
                    if (e.getKey().startsWith("figure:")) figures.add(label);
                    else entities.add(label);
                });
        int[] dupParent = new int[docs.size()];
        for (int i : members) dupParent[i] = i;
        for (int[] p : duplicatePairs) if (in.contains(p[0]) && in.contains(p[1])) union(dupParent, p[0], p[1]);
        Map<Integer, List<String>> dupGroups = new LinkedHashMap<>();
        for (int i : members) dupGroups.computeIfAbsent(find(dupParent, i), k -> new ArrayList<>()).add(docs.get(i).member().id());
        List<List<String>> duplicates = dupGroups.values().stream().filter(g -> g.size() > 1).toList();
        Optional<LocalDate> from = articles.stream().map(Story.Member::published).flatMap(Optional::stream).min(Comparator.naturalOrder());
        Optional<LocalDate> to = articles.stream().map(Story.Member::published).flatMap(Optional::stream).max(Comparator.naturalOrder());
        return new Story(from, to, articles, entities.subList(0, Math.min(10, entities.size())),
                figures.subList(0, Math.min(10, figures.size())), duplicates);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
