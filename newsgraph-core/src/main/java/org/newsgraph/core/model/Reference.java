package org.newsgraph.core.model;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Who a quote or figure is credited to: an entity when the text names one, and the surface text that credits it
 * ("le chef de l'État", "a police spokesman"), with its offsets when it occurs in the text. {@code score}, in [0, 1],
 * is the attribution ranking's margin squashed: 0.5 when the chosen speaker or source tied with the next candidate
 * (or with nobody), near 1 when it won clearly; absent when no ranking chose it. Users filter doubtful attributions
 * on it.
 */
public record Reference(Optional<String> entity, Optional<String> text, int start, int end, OptionalDouble score) {

    public Reference(Optional<String> entity, Optional<String> text, int start, int end) {
        this(entity, text, start, end, OptionalDouble.empty());
    }

    public static Reference ofText(String text, int start, int end) {
        return new Reference(Optional.empty(), Optional.of(text), start, end);
    }

    public Reference withEntity(String entityId) {
        return new Reference(Optional.ofNullable(entityId), text, start, end, score);
    }

    public Reference withScore(double score) {
        return new Reference(entity, text, start, end, OptionalDouble.of(score));
    }
}
