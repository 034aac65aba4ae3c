package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * One name, one type, throughout a document: the best-supported type of a name key is given to all its mentions,
 * a lone word that is the surname of a person named in full becomes that person, and capitalised words kept aside
 * (sentence openers, title-case headlines) become names when the document names them elsewhere. A first name alone
 * is the business of {@link GivenNameReferences}, which runs before.
 */
final class DocumentConsistency {
    private DocumentConsistency() {
    }

    static List<Candidate> apply(List<Candidate> names, List<Candidate> pending) {
        Map<String, Candidate> best = new HashMap<>();
        for (Candidate c : names) {
            if (c.type == EntityType.OTHER) continue;
            Candidate b = best.get(c.key);
            if (b == null || c.confidence > b.confidence) best.put(c.key, c);
        }
        Set<String> surnames = new HashSet<>();
        for (Candidate c : names) {
            if (c.type == EntityType.PERSON && c.wordCount() >= 2) surnames.add(c.lastWordKey());
        }
        List<Candidate> out = new ArrayList<>(names.size() + pending.size());
        for (Candidate c : names) {
            adopt(c, best, surnames);
            out.add(c);
        }
        for (Candidate p : pending) {
            if (best.containsKey(p.key) || (p.wordCount() == 1 && surnames.contains(p.key))) {
                adopt(p, best, surnames);
                out.add(p);
            }
        }
        out.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        return out;
    }

    private static void adopt(Candidate c, Map<String, Candidate> best, Set<String> surnames) {
        if (c.entry != null) return;
        Candidate b = best.get(c.key);
        if (b != null && b != c && (c.type == EntityType.OTHER || b.confidence > c.confidence)) {
            c.type = b.type;
            c.confidence = b.confidence;
            if (b.entry != null) c.entry = b.entry;
            return;
        }
        if (c.wordCount() == 1 && surnames.contains(c.key) && c.confidence < Candidate.KB
                && (c.type == EntityType.OTHER || c.confidence < Candidate.CUE || c.surnameOnly)) {
            c.type = EntityType.PERSON;
            c.confidence = Candidate.CUE;
        }
    }
}
