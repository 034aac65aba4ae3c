package org.newsgraph.facts;

import java.util.Locale;

/**
 * How two reports of one fact relate. For {@link Type#UPDATE}, {@code from} is the earlier report and {@code to}
 * the later one; for the symmetric types, {@code from < to}. Indices are positions in the group's report list.
 */
public record Relation(Type type, int from, int to, String reason) {

    /** The kinds of relation. */
    public enum Type {
        /** compatible values (ranges, approximations and bounds considered) */
        AGREEMENT,
        /** incompatible values from different sources at about the same time */
        CONTRADICTION,
        /** a later, different count: a new toll, or a revision */
        UPDATE;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
