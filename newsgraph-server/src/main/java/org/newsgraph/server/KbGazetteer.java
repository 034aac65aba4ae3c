package org.newsgraph.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.entities.KbLookup;
import org.newsgraph.facts.Gazetteer;

/**
 * The comparison's and the store's {@link Gazetteer} backed by the knowledge base the entity linker uses. One place
 * for the command line ({@code search}, {@code compare}, {@code ingest}…) and {@code serve}, so a name filter finds
 * the same articles and facts in both. It lives in the server module because that is the one module allowed to
 * see both the knowledge base (annotators) and the gazetteer (facts) that the command line also depends on.
 */
public final class KbGazetteer implements Gazetteer {
    private final KbLookup kb;

    private KbGazetteer(KbLookup kb) {
        this.kb = kb;
    }

    /** The shipped KB plus the local one ({@code --kb DIR}, else {@code ~/.newsgraph/kb} when it exists). */
    public static Gazetteer load(Optional<Path> localKb) {
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
