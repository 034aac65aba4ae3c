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

    /**
     * True when the entry held the role on the given day. A role may carry its term ({@code
     * head_of_state:US@2021-01-20/2025-01-20}, an empty end for a term that runs on); without a day, only a term
     * that runs on counts. A role written without a term holds on every day.
     */
    boolean holds(String role, java.util.Optional<java.time.LocalDate> day) {
        if (roles.contains(role)) return true;
        for (String r : roles) {
            int at = r.indexOf('@');
            if (at != role.length() || !r.startsWith(role)) continue;
            String term = r.substring(at + 1);
            int slash = term.indexOf('/');
            String from = slash < 0 ? term : term.substring(0, slash);
            String to = slash < 0 ? "" : term.substring(slash + 1);
            if (day.isEmpty()) {
                if (to.isEmpty()) return true;
                continue;
            }
            java.time.LocalDate d = day.get();
            if (!from.isEmpty() && d.isBefore(java.time.LocalDate.parse(from))) continue;
            if (!to.isEmpty() && !d.isBefore(java.time.LocalDate.parse(to))) continue;
            return true;
        }
        return false;
    }
}
