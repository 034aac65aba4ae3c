package org.newsgraph.core.model;

/** One place in the text where an entity is named ({@code NAME}), stood for by a role, or by a pronoun. */
public record Mention(String text, int start, int end, Kind kind) {

    /** How the mention refers to its entity. */
    public enum Kind { NAME, ROLE, PRONOUN }
}
