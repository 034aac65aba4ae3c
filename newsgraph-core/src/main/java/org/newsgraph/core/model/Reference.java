package org.newsgraph.core.model;

import java.util.Optional;

/**
 * Who a quote or figure is credited to: an entity when the text names one, and the surface text that credits it
 * ("le chef de l'État", "a police spokesman"), with its offsets when it occurs in the text.
 */
public record Reference(Optional<String> entity, Optional<String> text, int start, int end) {

    public static Reference ofText(String text, int start, int end) {
        return new Reference(Optional.empty(), Optional.of(text), start, end);
    }

    public Reference withEntity(String entityId) {
        return new Reference(Optional.ofNullable(entityId), text, start, end);
    }
}
