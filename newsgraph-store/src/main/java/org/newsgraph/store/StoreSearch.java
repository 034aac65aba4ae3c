package org.newsgraph.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.newsgraph.facts.Gazetteer;
import org.newsgraph.facts.TextKeys;

/** One search over one searcher: query parsing, filters, hits with snippets, facet counts. */
final class StoreSearch {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SNIPPET_CHARS = 200;
    private static final int FACET_VALUES = 10;

    private final IndexSearcher searcher;
    private final Gazetteer gazetteer;

    StoreSearch(IndexSearcher searcher, Gazetteer gazetteer) {
        this.searcher = searcher;
        this.gazetteer = gazetteer;
    }

    SearchResult run(SearchRequest request) throws IOException {
        QueryLimits.check(request.query());
        try {
            return runChecked(request);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooManyClauses();
        }
    }

    private SearchResult runChecked(SearchRequest request) throws IOException {
        Query text = textQuery(request.query());
        Query query = filters(request, new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST), gazetteer).build();
        TopDocs top = request.newestFirst()
                ? searcher.search(query, request.limit(), new Sort(
                        new SortField(StoreFields.PUBLISHED_DAY, SortField.Type.LONG, true), SortField.FIELD_SCORE))
                : searcher.search(query, request.limit());
        List<String> terms = queryWords(request.query());
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) hits.add(hit(sd, terms));
        return new SearchResult(searcher.count(query), hits, facets(query));
    }

    /** The text part: empty or {@code *} matches everything; bad syntax is searched as plain words. */
    private Query textQuery(String q) {
        if (q.isEmpty() || q.equals("*")) return new MatchAllDocsQuery();
        List<String> fields = new ArrayList<>(List.of(StoreFields.TEXT, StoreFields.TITLE, ReferentFields.NAMES));
        Map<String, Float> boosts = new HashMap<>(Map.of(StoreFields.TITLE, 2f, ReferentFields.NAMES, 0.5f));
        for (String lang : StoreAnalyzers.BY_LANGUAGE.keySet()) fields.add(StoreFields.textField(lang));
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new),
                StoreAnalyzers.forQueries(gazetteer), boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(q);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryLimits.tooManyClauses();
        } catch (ParseException | RuntimeException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) throw QueryLimits.tooManyClauses();
            try {
                return parser.parse(QueryParser.escape(q));
            } catch (ParseException | RuntimeException e2) {
                // never every article for a query that could not be read: that would answer a question not asked
                throw new IllegalArgumentException("cannot read the query (" + e2.getMessage().lines().findFirst().orElse("")
                        + "): write words, \"phrases\", AND/OR/NOT");
            }
        }
    }

    /** Adds the request's filters to a boolean query as non-scoring clauses. */
    static BooleanQuery.Builder filters(SearchRequest r, BooleanQuery.Builder b, Gazetteer g) {
        r.lang().ifPresent(l -> b.add(new TermQuery(new Term(StoreFields.LANG, l.strip().toLowerCase(Locale.ROOT))),
                BooleanClause.Occur.FILTER));
        r.outlet().ifPresent(o -> b.add(new TermQuery(new Term(StoreFields.OUTLET, TextKeys.key(o))),
                BooleanClause.Occur.FILTER));
        r.entity().ifPresent(e -> b.add(ReferentQuery.entity(e, g), BooleanClause.Occur.FILTER));
        r.speaker().ifPresent(p -> b.add(ReferentQuery.person(ReferentFields.SPEAKER, p, g), BooleanClause.Occur.FILTER));
        r.source().ifPresent(p -> b.add(ReferentQuery.person(ReferentFields.SOURCE, p, g), BooleanClause.Occur.FILTER));
        r.measure().ifPresent(m -> b.add(new TermQuery(new Term(StoreFields.MEASURE, m.jsonName())),
                BooleanClause.Occur.FILTER));
        if (r.from().isPresent() || r.to().isPresent()) {
            long lo = r.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
            long hi = r.to().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(StoreFields.PUBLISHED_DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b;
    }

    private SearchHit hit(ScoreDoc sd, List<String> terms) throws IOException {
        Document d = searcher.storedFields().document(sd.doc);
        String json = d.getBinaryValue(StoreFields.JSON).utf8ToString();
        JsonNode n = MAPPER.readTree(json);
        String text = n.path("text").asText("");
        return new SearchHit(d.get(StoreFields.ID), Optional.ofNullable(d.get(StoreFields.TITLE)),
                Optional.ofNullable(d.get(StoreFields.OUTLET_NAME)), d.get(StoreFields.LANG),
                Optional.ofNullable(d.get(StoreFields.PUBLISHED)), Optional.ofNullable(d.get(StoreFields.URL)),
                Float.isNaN(sd.score) ? 0f : sd.score, snippet(text, terms));
    }

    private static List<String> queryWords(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && !Set.of("AND", "OR", "NOT").contains(w)) words.add(TextKeys.key(w));
        }
        return words;
    }

    /** About {@value #SNIPPET_CHARS} characters around the first occurrence of a query word (its stem-ish prefix). */
    static String snippet(String text, List<String> words) {
        String folded = TextKeys.key(text);
        int at = -1;
        if (folded.length() == text.length()) {
            for (String w : words) {
                String probe = w.length() > 5 ? w.substring(0, w.length() - 2) : w;
                int i = folded.indexOf(probe);
                if (i >= 0 && (at < 0 || i < at)) at = i;
            }
        }
        int start = at < 0 ? 0 : Math.max(0, at - SNIPPET_CHARS / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        int end = Math.min(text.length(), start + SNIPPET_CHARS);
        String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "…" : "") + s + (end < text.length() ? "…" : "");
    }

    private Map<String, Map<String, Integer>> facets(Query query) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        counts.put("lang", new HashMap<>());
        counts.put("outlet", new HashMap<>());
        Weight w = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            SortedSetDocValues lang = leaf.reader().getSortedSetDocValues(StoreFields.LANG);
            SortedSetDocValues outlet = leaf.reader().getSortedSetDocValues(StoreFields.OUTLET_NAME);
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live != null && !live.get(d)) continue;
                count(lang, d, counts.get("lang"));
                count(outlet, d, counts.get("outlet"));
            }
        }
        Map<String, Map<String, Integer>> top = new LinkedHashMap<>();
        counts.forEach((facet, values) -> {
            Map<String, Integer> sorted = new LinkedHashMap<>();
            values.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(FACET_VALUES).forEach(e -> sorted.put(e.getKey(), e.getValue()));
            top.put(facet, sorted);
        });
        return top;
    }

    private static void count(SortedSetDocValues dv, int doc, Map<String, Integer> into) throws IOException {
        if (dv == null || !dv.advanceExact(doc)) return;
        for (int i = 0; i < dv.docValueCount(); i++) {
            into.merge(dv.lookupOrd(dv.nextOrd()).utf8ToString(), 1, Integer::sum);
        }
    }
}
