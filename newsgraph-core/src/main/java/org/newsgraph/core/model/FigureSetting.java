package org.newsgraph.core.model;

import java.util.Optional;

/**
 * The place (an entity id) and the date (ISO) that the sentence of figure number {@code figure} says it is about:
 * "in Almaty 103 died on Saturday" is about Almaty and that Saturday.
 */
public record FigureSetting(int figure, Optional<String> place, Optional<String> date) {
}
