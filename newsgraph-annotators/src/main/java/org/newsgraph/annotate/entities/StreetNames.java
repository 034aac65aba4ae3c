package org.newsgraph.annotate.entities;

import java.util.List;
import org.newsgraph.core.model.EntityType;

/**
 * A name right after a lower-case noun of streets and squares ("rue Pasteur", "place de la République", "улицу
 * Ленина", pack lexicon {@code place-nouns}, kind {@code street}) names the street: the noun belongs to the name,
 * which is a place of its own. Neither the person a street honours nor a town its key folds like ("Ленина" is no
 * Leninsk, "Мира" no Miri), nor a body the recogniser guessed. A city, region or country the KB finds on its own
 * stays itself: after a plural noun it is the streets OF that place ("улицы Лондона", "les rues de Lyon"), and the
 * ambiguous singular ("улицы" is both) names a street after a city far less often than it names the city's streets.
 */
final class StreetNames {
    /** Lower-case connectors allowed between the noun and the name: "place de la République". */
    private static final int MAX_CONNECTORS = 2;

    private StreetNames() {
    }

    /** Replaces every name that follows a street noun by the street's name, noun included. */
    static void apply(Words w, NameLexicons lx, List<Candidate> names) {
        if (lx.streetNouns.isEmpty()) return;
        for (int n = 0; n < names.size(); n++) {
            Candidate c = names.get(n);
            if (c.start != w.get(c.first).start) continue; // an elided article already opens it
            int noun = streetNounBefore(w, lx, c.first);
            if (noun < 0) continue;
            // "à la place de Marie Dupont": over a connector, a person's name is no street's
            if (noun < c.first - 1 && c.type == EntityType.PERSON) continue;
            if (c.entry != null && c.type == EntityType.LOCATION) continue; // "улицы Лондона": London's streets
            Candidate street = new Candidate(w, noun, c.last, EntityType.LOCATION, Candidate.CUE, lx);
            names.set(n, street);
        }
    }

    /** The word of a lower-case street noun right before word i, over at most two connectors, or -1. */
    private static int streetNounBefore(Words w, NameLexicons lx, int i) {
        int k = i - 1;
        for (int skipped = 0; k >= 0 && skipped < MAX_CONNECTORS && lowerIn(w, k, lx.nameConnectors) && w.sameSentence(k, i); skipped++) {
            k--;
        }
        if (k < 0 || !w.sameSentence(k, i)) return -1;
        Word x = w.get(k);
        return x.isWord() && !x.capitalised && lx.streetNouns.contains(x.key) ? k : -1;
    }

    private static boolean lowerIn(Words w, int k, java.util.Set<String> words) {
        Word x = w.get(k);
        return x.isWord() && !x.capitalised && words.contains(x.lower);
    }
}
