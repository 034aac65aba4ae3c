package org.newsgraph.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered list of annotators whose requirements were checked when it was built. Running it never throws for
 * one annotator's failure: the failure is recorded on the document and the later annotators that do not need the
 * missing layers still run.
 */
public final class Pipeline {
    private final List<Annotator> annotators;

    private Pipeline(List<Annotator> annotators) {
        this.annotators = List.copyOf(annotators);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Annotator> annotators() {
        return annotators;
    }

    /** Annotates the article and returns the document with every layer that could be produced. */
    public Doc run(Article article) {
        Doc doc = new Doc(article);
        for (Annotator a : annotators) {
            if (!a.requires().stream().allMatch(doc::has)) {
                doc.recordFailure(new Doc.AnnotatorFailure(a.name(), "skipped: a required layer is missing"));
                continue;
            }
            try {
                a.annotate(doc);
            } catch (RuntimeException | StackOverflowError e) {
                doc.recordFailure(new Doc.AnnotatorFailure(a.name(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return doc;
    }

    /** Collects annotators in order; {@link #build()} rejects unmet requirements before any article is read. */
    public static final class Builder {
        private final List<Annotator> list = new ArrayList<>();

        public Builder add(Annotator annotator) {
            list.add(annotator);
            return this;
        }

        public Pipeline build() {
            Set<Layer<?>> available = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (Annotator a : list) {
                if (!names.add(a.name())) {
                    throw new IllegalStateException("annotator '" + a.name() + "' is added twice: add it once");
                }
                for (Layer<?> needed : a.requires()) {
                    if (!available.contains(needed)) {
                        throw new IllegalStateException("annotator '" + a.name() + "' requires layer '" + needed.name()
                                + "' which no earlier annotator produces: add its producer before '" + a.name() + "'");
                    }
                }
                available.addAll(a.produces());
            }
            return new Pipeline(list);
        }
    }
}
