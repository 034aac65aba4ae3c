package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.core.model.Measure;

/**
 * A search of the store: a query in Lucene's classic syntax over titles and texts (words, "phrases", AND/OR/NOT,
 * {@code title:word}; empty or {@code *} for every article) and filters, each optional: language code, outlet
 * (name or domain), entity (a name or any spelling the articles use; a country also selects its places),
 * publication date range (inclusive), measure (articles with figures of it), speaker (articles quoting that
 * person or body) and source (articles crediting figures to it). Entity, speaker and source are resolved by
 * referent: any spelling, script or case form of the name, and for a place every place inside it.
 */
public record SearchRequest(String query, Optional<String> lang, Optional<String> outlet, Optional<String> entity,
                            Optional<LocalDate> from, Optional<LocalDate> to, Optional<Measure> measure,
                            int limit, boolean newestFirst, Optional<String> speaker, Optional<String> source) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }

    /** Without speaker and source filters. */
    public SearchRequest(String query, Optional<String> lang, Optional<String> outlet, Optional<String> entity,
                         Optional<LocalDate> from, Optional<LocalDate> to, Optional<Measure> measure,
                         int limit, boolean newestFirst) {
        this(query, lang, outlet, entity, from, to, measure, limit, newestFirst, Optional.empty(), Optional.empty());
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 10, false);
    }

    public SearchRequest withLang(String l) {
        return new SearchRequest(query, Optional.ofNullable(l), outlet, entity, from, to, measure, limit, newestFirst, speaker, source);
    }

    public SearchRequest withOutlet(String o) {
        return new SearchRequest(query, lang, Optional.ofNullable(o), entity, from, to, measure, limit, newestFirst, speaker, source);
    }

    public SearchRequest withEntity(String e) {
        return new SearchRequest(query, lang, outlet, Optional.ofNullable(e), from, to, measure, limit, newestFirst, speaker, source);
    }

    public SearchRequest withDates(LocalDate f, LocalDate t) {
        return new SearchRequest(query, lang, outlet, entity, Optional.ofNullable(f), Optional.ofNullable(t), measure,
                limit, newestFirst, speaker, source);
    }

    public SearchRequest withMeasure(Measure m) {
        return new SearchRequest(query, lang, outlet, entity, from, to, Optional.ofNullable(m), limit, newestFirst, speaker, source);
    }

    public SearchRequest withLimit(int n) {
        return new SearchRequest(query, lang, outlet, entity, from, to, measure, n, newestFirst, speaker, source);
    }

    public SearchRequest newestFirst(boolean b) {
        return new SearchRequest(query, lang, outlet, entity, from, to, measure, limit, b, speaker, source);
    }

    public SearchRequest withSpeaker(String s) {
        return new SearchRequest(query, lang, outlet, entity, from, to, measure, limit, newestFirst,
                Optional.ofNullable(s).filter(x -> !x.isBlank()), source);
    }

    public SearchRequest withSource(String s) {
        return new SearchRequest(query, lang, outlet, entity, from, to, measure, limit, newestFirst, speaker,
                Optional.ofNullable(s).filter(x -> !x.isBlank()));
    }
}
