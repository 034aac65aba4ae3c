package org.newsgraph.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One real-world referent of an article with every mention of it. {@code kb} is a stable identifier from a real
 * source (Wikidata, GeoNames), never guessed; {@code country}, {@code lat} and {@code lon} are for places.
 */
public record Entity(String id, EntityType type, String name, Optional<String> kb, Optional<String> country,
                     Optional<Double> lat, Optional<Double> lon, List<Mention> mentions) {

    public Entity {
        mentions = List.copyOf(mentions);
    }
}
