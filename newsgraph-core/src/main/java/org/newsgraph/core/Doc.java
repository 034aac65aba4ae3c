package org.newsgraph.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * The document being annotated: it owns the text and its typed layers. Spans are views into {@link #text()}.
 * A Doc is confined to one thread while the pipeline runs.
 */
public final class Doc {
    private final Article article;
    private final String text;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();
    private final List<AnnotatorFailure> failures = new ArrayList<>();
    /** While a checked annotator runs: its name and the layers it declared; null when reads are unchecked. */
    private String reader;
    private Set<Layer<?>> readable;
    private Set<Layer<?>> writable;

    public Doc(Article article) {
        this.article = article;
        this.text = article.text();
    }

    public Article article() {
        return article;
    }

    public String text() {
        return text;
    }

    public String text(Span span) {
        return text.substring(span.start(), span.end());
    }

    public String text(int start, int end) {
        return text.substring(start, end);
    }

    public <T> Doc put(Layer<T> layer, T value) {
        if (writable != null && !writable.contains(layer)) {
            throw new UndeclaredLayerError("annotator '" + reader + "' writes layer '" + layer.name()
                    + "' it does not declare: add it to produces()");
        }
        layers.put(layer, layer.cast(value));
        return this;
    }

    /** The layer's value, or empty when no annotator produced it. */
    public <T> Optional<T> find(Layer<T> layer) {
        checkRead(layer);
        Object v = layers.get(layer);
        return v == null ? Optional.empty() : Optional.of(layer.cast(v));
    }

    /** The layer's value; throws naming the layer when it is missing. */
    public <T> T expect(Layer<T> layer) {
        return find(layer).orElseThrow(() -> new NoSuchElementException(
                "layer '" + layer.name() + "' is missing: add the annotator that produces it to the pipeline"));
    }

    public boolean has(Layer<?> layer) {
        checkRead(layer);
        return layers.containsKey(layer);
    }

    private void checkRead(Layer<?> layer) {
        if (readable != null && !readable.contains(layer)) {
            throw new UndeclaredLayerError("annotator '" + reader + "' reads layer '" + layer.name()
                    + "' it does not declare: add it to requires() or uses()");
        }
    }

    /** From now on only the annotator's declared layers may be read and written (see {@link Pipeline}). */
    void guard(Annotator annotator) {
        reader = annotator.name();
        writable = annotator.produces();
        Set<Layer<?>> r = new HashSet<>(annotator.requires());
        r.addAll(annotator.uses());
        r.addAll(writable);
        readable = r;
    }

    void unguard() {
        reader = null;
        readable = null;
        writable = null;
    }

    void recordFailure(AnnotatorFailure failure) {
        failures.add(failure);
    }

    /** Annotators that failed on this document; their layers are absent, the others are intact. */
    public List<AnnotatorFailure> failures() {
        return Collections.unmodifiableList(failures);
    }

    /**
     * An annotator read or wrote a layer it did not declare: a programming error, thrown only when reads are
     * checked (tests), and an {@link Error} so that the pipeline does not record it as one article's failure.
     */
    public static final class UndeclaredLayerError extends AssertionError {
        UndeclaredLayerError(String message) {
            super(message);
        }
    }

    /** Why one annotator failed on one document. */
    public record AnnotatorFailure(String annotator, String reason) {
    }
}
