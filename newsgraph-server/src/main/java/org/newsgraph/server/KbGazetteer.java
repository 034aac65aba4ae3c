package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.entities.KbLookup;
import org.newsgraph.facts.Gazetteer;

/** The comparison's and the store's {@link Gazetteer} backed by the knowledge base the entity linker uses. */
final class KbGazetteer implements Gazetteer {
    private final KbLookup kb;

    private KbGazetteer(KbLookup kb) {
        this.kb = kb;
    }

    /** The shipped KB plus the local one ({@code --kb DIR}, else {@code ~/.newsgraph/kb} when it exists). */
    static Gazetteer load(Optional<Path> localKb) {
        return new KbGazetteer(KbLookup.load(localKb));
    }

    @Override
    public Set<String> nameKeys(String name) {
        return kb.keys(name);
    }

    @Override
    public List<Referent> referents(String name) {
        List<Referent> out = new ArrayList<>();
        for (KbLookup.Referent r : kb.referents(name)) out.add(new Referent(r.name(), r.type(), r.country(), r.region()));
        return out;
    }

    @Override
    public Optional<String> regionOf(String placeName, Optional<String> country) {
        return kb.regionOf(placeName, country);
    }
}
