package org.newsgraph.facts;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which fact groups are about a name a user typed: groups placed in the country it names or in the country of the
 * place it names (a city's, a region's), groups whose reports name that place, and groups whose sources are that
 * person or body — each name matched by referent through the gazetteer (any spelling, script or case form).
 */
final class EntityFilter {
    private final Gazetteer gazetteer;
    private final Set<String> countries = new HashSet<>();
    private final Set<String> keys = new HashSet<>();
    private final String plainKey;

    EntityFilter(String name, Gazetteer g) {
        this.gazetteer = g;
        this.plainKey = TextKeys.key(name);
        Place typed = Places.placeOfName(name);
        if (typed.key().length() == 2) countries.add(typed.key());
        keys.addAll(g.nameKeys(name));
        for (Gazetteer.Referent r : g.referents(name)) {
            keys.addAll(g.nameKeys(r.name()));
            if (r.isCountry()) countries.add(r.country().get());
        }
    }

    boolean matches(FactGroup g) {
        if (countries.contains(g.place().key()) || TextKeys.key(g.place().name()).equals(plainKey)) return true;
        for (Report r : g.reports()) {
            if (named(r.marks().locality()) || r.placeNames().stream().anyMatch(n -> named(Optional.of(n))
                    || named(gazetteer.regionOf(n, Optional.of(g.place().key()))))) return true;
            if (r.sourceKey().filter(s -> s.contains(plainKey)).isPresent() || named(r.source())) return true;
        }
        return false;
    }

    private boolean named(Optional<String> name) {
        if (name.isEmpty()) return false;
        for (String k : gazetteer.nameKeys(name.get())) if (keys.contains(k)) return true;
        return false;
    }
}
