package org.newsgraph.annotate.attribution;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.lang.Lexicon;

/**
 * The fitted weight of each {@link Feature}, read like a lexicon from {@code weights.tsv} (feature key, tab, weight),
 * which {@code scripts/fit-attribution.sh} writes. An unknown feature key or a malformed weight fails the load with a
 * message naming it; a feature the file does not list weighs nothing.
 */
public final class Weights {
    static final String RESOURCE = "/org/newsgraph/annotate/attribution/weights.tsv";

    private final EnumMap<Feature, Double> weights;

    Weights(Map<Feature, Double> weights) {
        this.weights = weights.isEmpty() ? new EnumMap<>(Feature.class) : new EnumMap<>(weights);
    }

    /** The weights shipped with the annotators. */
    public static Weights standard() {
        return Holder.STANDARD;
    }

    static Weights read(Lexicon lex) {
        EnumMap<Feature, Double> w = new EnumMap<>(Feature.class);
        for (List<String> row : lex.rows()) {
            Feature f = Feature.ofKey(row.get(0)).orElseThrow(() -> new IllegalArgumentException(
                    lex.name() + ": unknown attribution feature '" + row.get(0) + "'"));
            if (row.size() < 2) throw new IllegalArgumentException(lex.name() + ": feature '" + row.get(0) + "' has no weight");
            try {
                w.put(f, Double.parseDouble(row.get(1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(lex.name() + ": weight of '" + row.get(0) + "' is not a number: " + row.get(1));
            }
        }
        return new Weights(w);
    }

    public double of(Feature f) {
        return weights.getOrDefault(f, 0.0);
    }

    /** The linear score of a candidate. */
    double score(Candidate c) {
        double s = 0;
        for (Map.Entry<Feature, Double> e : c.features().entrySet()) s += of(e.getKey()) * e.getValue();
        return s;
    }

    /** The shipped weights as a declared resource, for the pack test kit. */
    public static final org.newsgraph.core.lang.ModelResource RESOURCE_DECLARED = org.newsgraph.core.lang.ModelResource
            .shared("attribution weights " + RESOURCE, Weights::loadShipped);

    /** The shipped weights read afresh, or empty when the resource is absent; throws when a row is malformed. */
    static java.util.Optional<Weights> loadShipped() {
        try (InputStream in = Weights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return java.util.Optional.empty();
            return java.util.Optional.of(read(Lexicon.read("attribution weights", in)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final Weights STANDARD = loadShipped()
                .orElseThrow(() -> new IllegalStateException("missing resource " + RESOURCE));
    }
}
