package org.newsgraph.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/** The gazetteer without a knowledge base: folded exact names, country names of the JDK's locale data. */
final class BasicGazetteer implements Gazetteer {
    static final BasicGazetteer INSTANCE = new BasicGazetteer();

    private BasicGazetteer() {
    }

    @Override
    public Set<String> nameKeys(String name) {
        String k = TextKeys.key(name);
        return k.isEmpty() ? Set.of() : Set.of(k);
    }

    @Override
    public List<Referent> referents(String name) {
        return Places.countryCodeOf(name)
                .map(c -> List.of(new Referent(Places.countryName(c), EntityType.LOCATION, Optional.of(c), Optional.empty())))
                .orElse(List.of());
    }

    @Override
    public Optional<String> regionOf(String placeName, Optional<String> country) {
        return Optional.empty();
    }
}
