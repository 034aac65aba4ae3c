package org.newsgraph.annotate.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * A read-only view of the knowledge base for tools that work on stored analyses rather than on text (the corpus
 * store and the comparison): the name keys that make spellings, scripts and case forms of one name meet
 * ("Tokayev", "Tokaïev", "Токаева"), the referents a name stands for, and the country and first-level region of a
 * place (Almaty → KZ, Almaty; Ürümqi → CN, Xinjiang). Thread-safe once loaded.
 */
public final class KbLookup {
    private final KnowledgeBase kb;

    private KbLookup(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** The shipped KB (with the installed languages' case endings), plus a local KB directory when it exists. */
    public static KbLookup load(Optional<Path> localDir) {
        return new KbLookup(KnowledgeBase.shared(localDir.or(() -> Optional.of(KnowledgeBase.defaultLocalDir())),
                EntityAnnotator.endingFolders()));
    }

    /** The tables behind this view (the pipeline's own, when both were loaded with the same local KB). */
    KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** One referent of the KB: canonical English name, type, stable id, and for places their country and region. */
    public record Referent(String name, EntityType type, Optional<String> id, Optional<String> country,
                           Optional<String> region) {
    }

    /**
     * The matching keys of a name under every installed language's case endings: the same keys for its spellings,
     * diacritics and scripts. Empty for a name without letters or digits.
     */
    public Set<String> keys(String name) {
        return kb.keys(List.of(name));
    }

    /**
     * The referents a name stands for: people, organisations and places the hand rows name so (a person's surname
     * alone included), countries, and the GeoNames places and regions of that name, most populous first.
     */
    public List<Referent> referents(String name) {
        Set<KbEntry> entries = new LinkedHashSet<>();
        for (String key : keys(name)) {
            for (KbAlias a : kb.lookup(key)) entries.add(a.entry());
        }
        for (String key : keys(name)) entries.addAll(kb.places(key));
        List<Referent> out = new ArrayList<>();
        for (KbEntry e : entries) out.add(referent(e));
        return out;
    }

    /**
     * The first-level region of a place as GeoNames records it, found through the place's name in its country
     * ("Almaty" in KZ → "Almaty"; "Urumqi" in CN → "Xinjiang"); empty when the KB has no such place or no region.
     */
    public Optional<String> regionOf(String placeName, Optional<String> country) {
        for (String key : keys(placeName)) {
            for (KbEntry e : kb.places(key)) {
                if (country.isPresent() && !e.country().equals(country)) continue;
                if (!e.region().isEmpty()) return Optional.of(e.region());
            }
        }
        return Optional.empty();
    }

    private static Referent referent(KbEntry e) {
        return new Referent(e.name(), e.type(), e.kb(), e.country(),
                e.region().isEmpty() ? Optional.empty() : Optional.of(e.region()));
    }
}
