package org.newsgraph.core.model;

import java.util.Optional;

/**
 * A temporal expression and its resolved TIMEX3-style value ({@code 2022-01-19}, {@code 2022-01},
 * {@code 2022-W02}, {@code 2022-01-29T20:00+06:00}); empty when it cannot be resolved.
 */
public record TimeExpression(String text, int start, int end, Optional<String> value, Optional<String> mod) {
}
