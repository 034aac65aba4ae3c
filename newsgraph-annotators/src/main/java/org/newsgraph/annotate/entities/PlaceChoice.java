package org.newsgraph.annotate.entities;

import java.util.List;
import java.util.Map;

/**
 * Chooses among places that share a name: the one in the country the article names most, else the most populous
 * (the list comes most populous first).
 */
final class PlaceChoice {
    private PlaceChoice() {
    }

    /** The namesake the article's countries point to; {@code places} is non-empty and ordered by rank. */
    static KbEntry best(List<KbEntry> places, Map<String, Integer> articleCountries) {
        KbEntry best = places.get(0);
        int bestWeight = weight(best, articleCountries);
        for (KbEntry p : places) {
            int w = weight(p, articleCountries);
            if (w > bestWeight) {
                best = p;
                bestWeight = w;
            }
        }
        return best;
    }

    private static int weight(KbEntry place, Map<String, Integer> articleCountries) {
        return place.country().map(c -> articleCountries.getOrDefault(c, 0)).orElse(0);
    }
}
