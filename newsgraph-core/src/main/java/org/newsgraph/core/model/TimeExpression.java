package org.newsgraph.core.model;

import java.util.Optional;

/**
 * A temporal expression and its resolved TIMEX3-style value ({@code 2022-01-19}, {@code 2022-01},
 * {@code 2022-W02}, {@code 2022-01-29T20:00+06:00}); empty when it cannot be resolved. A range ("du 15 au 17 mars",
 * "from 4 to 7 January") has its start as {@code value} and its end as {@code valueEnd}; other expressions have no
 * {@code valueEnd}.
 */
public record TimeExpression(String text, int start, int end, Optional<String> value, Optional<String> mod,
                             Optional<String> valueEnd) {

    /** An expression that is not a range. */
    public TimeExpression(String text, int start, int end, Optional<String> value, Optional<String> mod) {
        this(text, start, end, value, mod, Optional.empty());
    }
}
