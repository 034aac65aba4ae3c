package org.newsgraph.facts;

/**
 * Where a fact happened, at the level facts are grouped: a country when one is known ({@code key} its ISO 3166-1
 * alpha-2 code, e.g. {@code KZ}), else the place's own normalised name. {@code name} is for display.
 */
public record Place(String key, String name) {

    /** For figures whose article names no place. */
    public static final Place UNKNOWN = new Place("", "(unknown place)");

    public boolean isKnown() {
        return !key.isEmpty();
    }
}
