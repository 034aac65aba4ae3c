package org.newsgraph.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The document being annotated: it owns the text and its typed layers. Spans are views into {@link #text()}.
 * A Doc is confined to one thread while the pipeline runs.
 */
public final class Doc {
    private final Article article;
    private final String text;
    private final Map<Layer<?>, Object> layers = new LinkedHashMap<>();
    private final List<AnnotatorFailure> failures = new ArrayList<>();

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
        layers.put(layer, layer.cast(value));
        return this;
    }

    /** The layer's value, or empty when no annotator produced it. */
    public <T> Optional<T> find(Layer<T> layer) {
        Object v = layers.get(layer);
        return v == null ? Optional.empty() : Optional.of(layer.cast(v));
    }

    /** The layer's value; throws naming the layer when it is missing. */
    public <T> T expect(Layer<T> layer) {
        return find(layer).orElseThrow(() -> new NoSuchElementException(
                "layer '" + layer.name() + "' is missing: add the annotator that produces it to the pipeline"));
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    void recordFailure(AnnotatorFailure failure) {
        failures.add(failure);
    }

    /** Annotators that failed on this document; their layers are absent, the others are intact. */
    public List<AnnotatorFailure> failures() {
        return Collections.unmodifiableList(failures);
    }

    /** Why one annotator failed on one document. */
    public record AnnotatorFailure(String annotator, String reason) {
    }
}
