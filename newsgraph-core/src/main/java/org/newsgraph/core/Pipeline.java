package org.newsgraph.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Annotators in an order derived from what they declare: each runs after the producers of the layers it
 * {@link Annotator#requires() requires} and {@link Annotator#uses() uses}; among annotators free to run, the one
 * added first runs first. Running never throws for one annotator's failure: the failure is recorded on the document
 * and the later annotators that do not need the missing layers still run.
 *
 * <p>When Java assertions are enabled (tests) or the system property {@code newsgraph.checkLayers} is true, each
 * annotator may read only the layers it declared: reading another throws {@link Doc.UndeclaredLayerError}.
 */
public final class Pipeline {
    private static final boolean CHECK_LAYERS = Pipeline.class.desiredAssertionStatus()
            || Boolean.getBoolean("newsgraph.checkLayers");

    private final List<Annotator> annotators;
    /** The languages whose tables have been (or are being) prepared: see {@link Annotator#prepare}. */
    private final Set<String> preparedLanguages = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The annotators in the order they run. */
    public List<Annotator> annotators() {
        return annotators;
    }

    /** Annotates the article and returns the document with every layer that could be produced. */
    public Doc run(Article article) {
        Doc doc = new Doc(article);
        boolean languageKnown = false;
        for (Annotator a : annotators) {
            if (!languageKnown && doc.has(Layers.LANGUAGE)) {
                languageKnown = true;
                prepareInBackground(doc.expect(Layers.LANGUAGE).code());
            }
            if (!a.requires().stream().allMatch(doc::has)) {
                doc.recordFailure(new Doc.AnnotatorFailure(a.name(), "skipped: a required layer is missing"));
                continue;
            }
            if (CHECK_LAYERS) doc.guard(a);
            try {
                a.annotate(doc);
            } catch (RuntimeException | StackOverflowError e) {
                doc.recordFailure(new Doc.AnnotatorFailure(a.name(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            } finally {
                doc.unguard();
            }
        }
        return doc;
    }

    /**
     * The first article in a language starts one thread that prepares every annotator for that language, in the
     * order they run: on a machine with a free core, their tables are built while this article waits for the
     * annotators before them (the KB), not one after the other on its way. A failure there is not reported: the
     * annotator meets it again on the article and reports it as usual.
     */
    private void prepareInBackground(String lang) {
        if (!preparedLanguages.add(lang)) return;
        Thread t = new Thread(() -> {
            for (Annotator a : annotators) {
                try {
                    a.prepare(lang);
                } catch (RuntimeException | LinkageError e) {
                    // reported by annotate() on the article itself
                }
            }
        }, "pipeline-prepare-" + lang);
        t.setDaemon(true);
        t.start();
    }

    /** Collects annotators; {@link #build()} checks what they declare and derives the order. */
    public static final class Builder {
        private final List<Annotator> list = new ArrayList<>();

        public Builder add(Annotator annotator) {
            list.add(annotator);
            return this;
        }

        /**
         * Checks the declarations and orders the annotators. Fails, naming the annotator and layer, when an annotator
         * is added twice, two annotators produce one layer, a required layer has no producer, or the declarations
         * form a cycle.
         */
        public Pipeline build() {
            Map<Layer<?>, Annotator> producerOf = new HashMap<>();
            Set<String> names = new HashSet<>();
            for (Annotator a : list) {
                if (!names.add(a.name())) {
                    throw new IllegalStateException("annotator '" + a.name() + "' is added twice: add it once");
                }
                for (Layer<?> made : a.produces()) {
                    Annotator other = producerOf.putIfAbsent(made, a);
                    if (other != null) {
                        throw new IllegalStateException("layer '" + made.name() + "' is produced by both '"
                                + other.name() + "' and '" + a.name() + "': keep one of them");
                    }
                }
            }
            Map<Annotator, Set<Annotator>> after = new HashMap<>();
            for (Annotator a : list) {
                Set<Annotator> deps = new LinkedHashSet<>();
                for (Layer<?> needed : a.requires()) {
                    Annotator p = producerOf.get(needed);
                    if (p == null) {
                        throw new IllegalStateException("annotator '" + a.name() + "' requires layer '" + needed.name()
                                + "' which no annotator of the pipeline produces: add its producer");
                    }
                    deps.add(p);
                }
                for (Layer<?> wanted : a.uses()) {
                    Annotator p = producerOf.get(wanted);
                    if (p != null) deps.add(p);
                }
                deps.remove(a);
                after.put(a, deps);
            }
            return new Pipeline(order(after));
        }

        /** Stable topological order: repeatedly the first added annotator whose producers have all been placed. */
        private List<Annotator> order(Map<Annotator, Set<Annotator>> after) {
            List<Annotator> ordered = new ArrayList<>(list.size());
            Set<Annotator> placed = new HashSet<>();
            while (ordered.size() < list.size()) {
                Annotator next = null;
                for (Annotator a : list) {
                    if (!placed.contains(a) && placed.containsAll(after.get(a))) {
                        next = a;
                        break;
                    }
                }
                if (next == null) {
                    List<String> stuck = list.stream().filter(a -> !placed.contains(a)).map(Annotator::name).toList();
                    throw new IllegalStateException("annotators " + stuck + " need each other's layers in a cycle:"
                            + " make one of those reads optional (uses()) or remove it");
                }
                ordered.add(next);
                placed.add(next);
            }
            return ordered;
        }
    }
}
