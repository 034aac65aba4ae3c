package org.newsgraph.annotate.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

/** The mentions of one referent while they are being merged, with the KB entry it is linked to, if any. */
final class Cluster {
    EntityType type;
    KbEntry entry;
    final List<Candidate> names = new ArrayList<>();
    final List<Mention> roles = new ArrayList<>();

    Cluster(Candidate first) {
        this.type = first.type;
        this.entry = first.entry;
        names.add(first);
    }

    int firstStart() {
        int s = Integer.MAX_VALUE;
        for (Candidate c : names) s = Math.min(s, c.start);
        for (Mention m : roles) s = Math.min(s, m.start());
        return s;
    }

    void absorb(Cluster other) {
        names.addAll(other.names);
        roles.addAll(other.roles);
        if (entry == null) entry = other.entry;
    }

    boolean hasKey(String key) {
        for (Candidate c : names) if (c.key.equals(key)) return true;
        return false;
    }
}
