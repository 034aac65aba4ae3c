package org.newsgraph.annotate.entities;

import java.util.List;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * What the knowledge base and the first-name lists say about each word, as one small code per word for
 * {@link NerFeatures}: the type and position (first or later word) of a KB name the word belongs to, the types a
 * word alone may have in the KB (a place, a person, an organisation, a surname), whether it is a first name, and
 * whether it names a GeoNames place alone or with a neighbour (and a big one).
 * These are features, not decisions: the recogniser learns how far to trust them.
 */
final class NerGazetteer {
    static final int ALONE_PERSON = 1 << 4;
    static final int ALONE_PLACE = 1 << 5;
    static final int ALONE_ORG = 1 << 6;
    static final int ALONE_SURNAME = 1 << 7;
    static final int FIRST_NAME = 1 << 8;
    /** The word alone, or with the next or previous word, names a GeoNames place ("Derna", "Kuala Lumpur"). */
    static final int GEONAMES_PLACE = 1 << 9;
    /** … a place of at least {@link #BIG_PLACE} people, which a bare name more likely means. */
    static final int BIG_GEONAMES_PLACE = 1 << 10;
    static final long BIG_PLACE = 100_000;

    private NerGazetteer() {
    }

    static int[] of(Words w, List<Candidate> kbHits, KnowledgeBase kb, Set<String> firstNames) {
        int[] out = new int[w.size()];
        for (Candidate c : kbHits) {
            int t = typeCode(c.type);
            for (int k = c.first; k <= c.last && k < out.length; k++) {
                out[k] = (out[k] & ~15) | (t * 2 + (k == c.first ? 1 : 2));
            }
        }
        for (int i = 0; i < out.length; i++) {
            Word x = w.get(i);
            // only capitalised words are looked up: a lower-case "rose" or "mark" is no first name
            if (!x.capitalised || x.key.isEmpty()) continue;
            WordForm.KbFacts facts = x.form.facts(kb, firstNames);
            for (KbAlias a : facts.aliases) {
                if (a.surname()) out[i] |= ALONE_SURNAME;
                else if (a.entry().type() == EntityType.PERSON) out[i] |= ALONE_PERSON;
                else if (a.entry().type() == EntityType.LOCATION) out[i] |= ALONE_PLACE;
                else if (a.entry().type() == EntityType.ORGANIZATION) out[i] |= ALONE_ORG;
            }
            if (facts.firstName) out[i] |= FIRST_NAME;
            out[i] |= geoNames(facts.mostPopulousPlace);
            int next = i + 1;
            if (next < out.length && facts.startsPlaceName && w.get(next).capitalised && !w.get(next).key.isEmpty() && w.sameSentence(i, next)) {
                int pair = geoNames(kb.mostPopulousPlace(x.key + " " + w.get(next).key));
                out[i] |= pair;
                out[next] |= pair;
            }
        }
        return out;
    }

    private static int geoNames(KbEntry mostPopulous) {
        if (mostPopulous == null) return 0;
        return mostPopulous.rank() >= BIG_PLACE ? GEONAMES_PLACE | BIG_GEONAMES_PLACE : GEONAMES_PLACE;
    }

    private static int typeCode(EntityType t) {
        return switch (t) {
            case PERSON -> 1;
            case LOCATION -> 2;
            case ORGANIZATION -> 3;
            default -> 4;
        };
    }
}
