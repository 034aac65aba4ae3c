package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.core.model.Measure;

/**
 * A search of the store: a query in Lucene's classic syntax over titles and texts (words, "phrases", AND/OR/NOT,
 * {@code title:word}; empty or {@code *} for every article) and filters, each optional: language code, outlet
 * (name or domain), entity (a name or any spelling the articles use; a country also selects its places),
 * publication date range (inclusive), measure (articles with figures of it).
 */
public record SearchRequest(String query, Optional<String> lang, Optional<String> outlet, Optional<String> entity,
                            Optional<LocalDate> from, Optional<LocalDate> to, Optional<Measure> measure,
                            int limit, boolean newestFirst) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 10, false);
    }

    public SearchRequest withLang(String l) {
        return new SearchRequest(query, Optional.ofNullable(l), outlet, entity, from, to, measure, limit, newestFirst);
    }

    public SearchRequest withOutlet(String o) {
        return new SearchRequest(query, lang, Optional.ofNullable(o), entity, from, to, measure, limit, newestFirst);
    }

    public SearchRequest withEntity(String e) {
        return new SearchRequest(query, lang, outlet, Optional.ofNullable(e), from, to, measure, limit, newestFirst);
    }

    public SearchRequest withDates(LocalDate f, LocalDate t) {
        return new SearchRequest(query, lang, outlet, entity, Optional.ofNullable(f), Optional.ofNullable(t), measure,
                limit, newestFirst);
    }

    public SearchRequest withMeasure(Measure m) {
        return new SearchRequest(query, lang, outlet, entity, from, to, Optional.ofNullable(m), limit, newestFirst);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, lang, outlet, entity, from, to, measure, n, newestFirst);
    }

    public SearchRequest newestFirst(boolean b) {
        return new SearchRequest(query, lang, outlet, entity, from, to, measure, limit, b);
    }
}
