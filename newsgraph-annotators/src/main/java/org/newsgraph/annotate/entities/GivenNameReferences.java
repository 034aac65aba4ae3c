package org.newsgraph.annotate.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * A one-word place name that is also the first name of a person the article names in full is that person, not the
 * place: "Victoria" after "Victoria Hale" is no Hong Kong, "Артем" after "Артем Соколов" no town of Primorye. Many
 * towns bear first names, so the article decides: the word becomes a person's name (merged later with the full name)
 * unless a noun of geography stands before it ("the town of Victoria", "в поселке Артем"); a preposition is no such
 * cue here ("according to Victoria", "от Артема"). Linear: one pass to collect the first names, one to look at the
 * one-word places.
 */
final class GivenNameReferences {
    private GivenNameReferences() {
    }

    /** {@code firstNames}: the keys of the shipped first names; only those are read as a person's first name here. */
    static void apply(Words w, NameLexicons lx, List<Candidate> names, Set<String> firstNames) {
        Set<String> given = null;
        for (Candidate c : names) {
            if (c.type != EntityType.PERSON || c.last == c.first || c.acronym) continue;
            Word first = w.get(c.first);
            if (!first.capitalised || first.allCaps || !firstNames.contains(first.key)) continue;
            if (given == null) given = new HashSet<>();
            given.add(first.key);
        }
        if (given == null) return;
        for (Candidate c : names) {
            if (c.first != c.last || c.type != EntityType.LOCATION || !given.contains(w.get(c.first).key)) continue;
            if (NameFinder.placeNounBefore(w, lx, c.first)) continue;
            c.type = EntityType.PERSON;
            c.entry = null;
            c.confidence = Candidate.CUE;
        }
    }
}
