package org.newsgraph.annotate.quotes;

import java.util.Optional;
import org.newsgraph.annotate.quotes.SpeechLexicon.WordKind;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Reference;

/**
 * Who a cue credits, before and after resolution: a named entity, a capitalised name the entities layer missed, a
 * description ("a police spokesman"), or a pronoun or short description that refers back to an earlier speaker.
 */
record Speaker(Reference ref, Kind kind, Optional<EntityType> type, Optional<WordKind> pronoun, String head) {

    /**
     * ENTITY: a mention of the entities layer; NAME: a capitalised name; DESCRIPTIVE: a description that stands on
     * its own; ROLE: a short description that is an earlier speaker when one has the same head noun ("президент
     * Казахстана"); ANAPHOR: a description that refers back ("the official"); PRONOUN: a pronoun.
     */
    enum Kind { ENTITY, NAME, DESCRIPTIVE, ROLE, PRONOUN, ANAPHOR }

    static Speaker entity(Reference ref, EntityType type) {
        return new Speaker(ref, Kind.ENTITY, Optional.of(type), Optional.empty(), "");
    }

    static Speaker of(Kind kind, Reference ref, String head) {
        return new Speaker(ref, kind, Optional.empty(), Optional.empty(), head);
    }

    static Speaker pronoun(Reference ref, WordKind pronoun) {
        return new Speaker(ref, Kind.PRONOUN, Optional.empty(), Optional.of(pronoun), "");
    }

    boolean needsResolution() {
        return kind == Kind.PRONOUN || kind == Kind.ANAPHOR || kind == Kind.ROLE;
    }

    boolean isOrganisation() {
        return type.filter(t -> t == EntityType.ORGANIZATION).isPresent();
    }

    /**
     * This speaker as the antecedent of {@code surface}: the same entity under the surface text ("he", "министр"),
     * or this speaker itself when it has no entity or the surface is silent (no subject in the text).
     */
    Speaker standingFor(Speaker surface) {
        boolean silent = surface.ref().text().filter(t -> !t.isBlank()).isEmpty();
        if (ref.entity().isPresent() && !silent) {
            Reference r = new Reference(ref.entity(), surface.ref().text(), surface.ref().start(), surface.ref().end());
            return new Speaker(r, Kind.ENTITY, type, Optional.empty(), head);
        }
        return this;
    }
}
