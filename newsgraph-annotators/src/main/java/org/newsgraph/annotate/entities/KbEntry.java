package org.newsgraph.annotate.entities;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.core.model.EntityType;

/**
 * One referent the knowledge base knows: its canonical English name, type, a stable id when one comes from a real
 * source, the country and coordinates of a place, the names it goes by, the roles a person holds
 * ({@code head_of_state:KZ}), a rank (population for places) that orders entries sharing a name, and for a
 * GeoNames place the English name of its first-level region ("" when none).
 */
record KbEntry(String id, EntityType type, String name, Optional<String> kb, Optional<String> country,
               Optional<Double> lat, Optional<Double> lon, List<String> aliases, Set<String> roles, long rank,
               String region) {

    KbEntry {
        aliases = List.copyOf(aliases);
        roles = Set.copyOf(roles);
    }

    boolean holds(String role) {
        return roles.contains(role);
    }
}
