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
    /** The cluster that absorbed this one, null while it stands: merging passes follow it, the end drops it. */
    Cluster mergedInto;

    Cluster(Candidate first) {
        this.type = first.type;
        this.entry = first.entry;
        names.add(first);
    }

    boolean merged() {
        return mergedInto != null;
    }

    /** The standing cluster this one is now part of (itself if it stands). */
    Cluster root() {
        Cluster c = this;
        while (c.mergedInto != null) c = c.mergedInto;
        return c;
    }

    int firstStart() {
        int s = Integer.MAX_VALUE;
        for (Candidate c : names) s = Math.min(s, c.start);
        for (Mention m : roles) s = Math.min(s, m.start());
        return s;
    }

    void absorb(Cluster other) {
        other.mergedInto = this;
        names.addAll(other.names);
        roles.addAll(other.roles);
        if (entry == null) entry = other.entry;
    }

    /** The highest type confidence of its names: a cluster typed by default only is open to retyping. */
    int confidence() {
        int best = Candidate.NONE;
        for (Candidate c : names) best = Math.max(best, c.confidence);
        return best;
    }

    boolean hasKey(String key) {
        for (Candidate c : names) if (c.key.equals(key)) return true;
        return false;
    }
}
