package org.newsgraph.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.facts.Gazetteer;
import org.newsgraph.facts.Places;
import org.newsgraph.facts.TextKeys;

/**
 * Resolves what a user typed after {@code --entity}, {@code --speaker} or {@code --source} to the referent's
 * terms: the name's own keys (any spelling, script or case form), the keys of the referents the gazetteer knows
 * by that name ("Putin" → Vladimir Putin; "Алматы" → Almaty), and for a place the articles naming any place
 * inside it (a country's code, a region's {@code CC/key}). Stores written before these fields existed are still
 * searched through their exact-name fields.
 */
final class ReferentQuery {
    private ReferentQuery() {
    }

    /** Articles that mention the referent named {@code name}, or a place inside it. */
    static Query entity(String name, Gazetteer g) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys(name, g)) b.add(term(ReferentFields.REFERENT, k), BooleanClause.Occur.SHOULD);
        for (String w : placeTerms(name, g)) b.add(term(ReferentFields.WITHIN, w), BooleanClause.Occur.SHOULD);
        // stores written before the referent fields: exact names and countries
        b.add(term(StoreFields.ENTITY, TextKeys.key(name)), BooleanClause.Occur.SHOULD);
        b.add(term(StoreFields.PLACE, Places.placeOfName(name).key()), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /** Articles quoting ({@code field} speaker) or citing figures from ({@code field} source) the referent. */
    static Query person(String field, String name, Gazetteer g) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String k : keys(name, g)) b.add(term(field, k), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /** The name's keys and the keys of the canonical names of the referents it stands for. */
    static Set<String> keys(String name, Gazetteer g) {
        Set<String> keys = new LinkedHashSet<>(g.nameKeys(name));
        for (Gazetteer.Referent r : g.referents(name)) keys.addAll(g.nameKeys(r.name()));
        keys.remove("");
        return keys;
    }

    /** Containment terms of the places a name stands for: a country's code, {@code CC/key} for a region or city. */
    static Set<String> placeTerms(String name, Gazetteer g) {
        Set<String> out = new LinkedHashSet<>();
        Places.countryCodeOf(name).ifPresent(out::add);
        String t = name.strip();
        if (t.length() == 2 && t.chars().allMatch(Character::isUpperCase)) out.add(t);
        for (Gazetteer.Referent r : g.referents(name)) {
            if (r.type() != EntityType.LOCATION || r.country().isEmpty()) continue;
            if (r.isCountry()) {
                out.add(r.country().get());
            } else {
                for (String k : g.nameKeys(r.name())) out.add(r.country().get() + "/" + k);
            }
        }
        return out;
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }
}
