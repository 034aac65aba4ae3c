package org.newsgraph.annotate.attribution;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Reference;

/**
 * One possible speaker or source of a quote or figure: the reference it would give (entity and/or surface text),
 * where it came from, and its feature values. Built by the callers' candidate generators, scored by {@link Ranker}.
 */
public final class Candidate {
    private final Reference ref;
    private final Optional<EntityType> type;
    private final String origin;
    private final EnumMap<Feature, Double> values = new EnumMap<>(Feature.class);
    private final Object payload;
    private String excluded;

    /** {@code origin}: a short name of the generator, for explanations; {@code payload}: what the caller keeps. */
    public Candidate(Reference ref, Optional<EntityType> type, String origin, Object payload) {
        this.ref = ref;
        this.type = type;
        this.origin = origin;
        this.payload = payload;
        set(Feature.CANDIDATE, 1);
        type.ifPresent(t -> {
            set(Feature.HAS_ENTITY, 1);
            switch (t) {
                case PERSON -> set(Feature.PERSON, 1);
                case ORGANIZATION -> set(Feature.ORGANISATION, 1);
                case LOCATION -> set(Feature.PLACE, 1);
                default -> { }
            }
        });
    }

    public Candidate set(Feature f, double v) {
        if (v == 0) values.remove(f);
        else values.put(f, v);
        return this;
    }

    public double get(Feature f) {
        return values.getOrDefault(f, 0.0);
    }

    public Map<Feature, Double> features() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Rules this candidate out, whatever its score: a hard filter of the language's data, with its reason. */
    public Candidate exclude(String reason) {
        if (excluded == null) excluded = reason;
        return this;
    }

    /** Why a hard filter ruled the candidate out, if one did. */
    public java.util.Optional<String> excluded() {
        return java.util.Optional.ofNullable(excluded);
    }

    public Reference ref() {
        return ref;
    }

    public Optional<EntityType> type() {
        return type;
    }

    public String origin() {
        return origin;
    }

    @SuppressWarnings("unchecked")
    public <T> T payload() {
        return (T) payload;
    }

    /** True when both candidates name the same entity, or the same text without entity. */
    public boolean sameReferent(Candidate o) {
        if (ref.entity().isPresent() || o.ref.entity().isPresent()) return ref.entity().equals(o.ref.entity());
        return ref.text().map(String::strip).equals(o.ref.text().map(String::strip));
    }
}
