package org.newsgraph.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * What the comparison and the store know about names and places beyond one article: the keys that make the
 * spellings, scripts and case forms of a name meet, the referents a name stands for, and the country and
 * first-level region that contain a place. The command line backs it with the knowledge base (GeoNames admin
 * codes); {@link #basic()} knows only the countries the JDK names and exact (accent- and case-folded) names.
 */
public interface Gazetteer {

    /** One referent a name can stand for: canonical name, type, and for a place its country and region. */
    record Referent(String name, EntityType type, Optional<String> country, Optional<String> region) {
        /** Whether this referent is a country (its name is a country's name). */
        public boolean isCountry() {
            return type == EntityType.LOCATION && country.isPresent()
                    && Places.countryCodeOf(name).filter(country.get()::equals).isPresent();
        }
    }

    /** The matching keys of a name; the same for its spellings, scripts and case forms. */
    Set<String> nameKeys(String name);

    /** The referents the name stands for, most likely first; empty when it is known to no reference. */
    List<Referent> referents(String name);

    /** The first-level region containing the place named so in that country (a city's province), if known. */
    Optional<String> regionOf(String placeName, Optional<String> country);

    /** The ISO country of a place: a country's own name, else the first place of that name the referents know. */
    default Optional<String> countryOf(String placeName) {
        Optional<String> own = Places.countryCodeOf(placeName);
        if (own.isPresent()) return own;
        for (Referent r : referents(placeName)) {
            if (r.type() == EntityType.LOCATION && r.country().isPresent()) return r.country();
        }
        return Optional.empty();
    }

    /** Exact names (accents and case folded) and the countries the JDK names; no regions. */
    static Gazetteer basic() {
        return BasicGazetteer.INSTANCE;
    }
}
