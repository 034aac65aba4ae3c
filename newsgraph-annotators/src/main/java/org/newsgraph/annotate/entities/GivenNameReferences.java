package org.newsgraph.annotate.entities;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * A first name alone is the person the article names in full with it: "Douglas" after "Douglas Penhallow", "Pour
 * Nahim, …" after "Nahim Ferzouli", "Виктории" after "Виктория Самойленко". The one place of this rule: a lone word
 * whose key is the first word of a person's full name in the document becomes that person's name (merged later with
 * the full name), whatever else typed it, with two guards:
 * <ul>
 * <li>a noun of geography right before it keeps a place ("the town of Victoria", "в поселке Артем"); a preposition
 * is no such cue here ("according to Victoria", "от Артема");</li>
 * <li>a place or body the KB links stays itself unless the word is a shipped first name ("Victoria", "Артем": many
 * towns bear first names), and a name a cue in the text typed keeps that type ("Mr Washington Irving" does not turn
 * "Washington, the capital" into him); a surname alone is left to the surname rule.</li>
 * </ul>
 * Sentence openers and title-case words kept aside ({@code pending}) that are such a first name join the names.
 * Linear: one pass to collect the first names, one over the lone words.
 */
final class GivenNameReferences {
    private GivenNameReferences() {
    }

    /**
     * Retypes the lone first names among {@code names} and moves those among {@code pending} into {@code names}.
     * {@code firstNames}: the keys of the shipped first names, which alone let a KB-linked word become a person.
     */
    static void apply(Words w, NameLexicons lx, List<Candidate> names, List<Candidate> pending, Set<String> firstNames) {
        Set<String> given = null;
        for (Candidate c : names) {
            if (c.type != EntityType.PERSON || c.wordCount() < 2 || c.acronym) continue;
            Word first = w.get(c.first);
            if (!first.capitalised || first.allCaps) continue;
            if (given == null) given = new HashSet<>();
            given.add(c.key.substring(0, c.key.indexOf(' ')));
        }
        if (given == null) return;
        for (Candidate c : names) {
            if (isGivenNameAlone(w, lx, c, given, firstNames)) becomePerson(c);
        }
        for (Iterator<Candidate> it = pending.iterator(); it.hasNext(); ) {
            Candidate p = it.next();
            // kept aside for want of a cue, so typed by nothing yet: only the KB could speak against the person
            if (p.entry != null || p.wordCount() != 1 || p.acronym || !given.contains(p.key)
                    || NameFinder.placeNounBefore(w, lx, p.first)) continue;
            becomePerson(p);
            names.add(p);
            it.remove();
        }
    }

    private static boolean isGivenNameAlone(Words w, NameLexicons lx, Candidate c, Set<String> given, Set<String> firstNames) {
        if (c.wordCount() != 1 || c.type == EntityType.PERSON || c.acronym || !given.contains(c.key)) return false;
        if (NameFinder.placeNounBefore(w, lx, c.first)) return false;
        if (c.entry != null) return c.type == EntityType.LOCATION && firstNames.contains(c.key);
        return c.confidence < Candidate.CUE;
    }

    private static void becomePerson(Candidate c) {
        c.type = EntityType.PERSON;
        c.entry = null;
        c.confidence = Candidate.CUE;
    }
}
