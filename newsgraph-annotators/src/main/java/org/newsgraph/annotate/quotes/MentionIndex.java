package org.newsgraph.annotate.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.Entity;
import org.newsgraph.core.model.EntityType;
import org.newsgraph.core.model.Mention;

/** The entity mentions of a document in text order, for looking up who a span of text names. */
final class MentionIndex {

    /** One mention with the entity it belongs to. */
    record Entry(Mention mention, String entityId, EntityType type) {
        int start() {
            return mention.start();
        }

        int end() {
            return mention.end();
        }

        boolean isSpeakerType() {
            return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
        }
    }

    private final List<Entry> entries;

    MentionIndex(List<Entity> entities) {
        List<Entry> list = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) list.add(new Entry(m, e.id(), e.type()));
        }
        list.sort(Comparator.comparingInt(Entry::start).thenComparingInt(x -> -x.end()));
        this.entries = List.copyOf(list);
    }

    /** Mentions lying inside [from, to), in text order. */
    List<Entry> within(int from, int to) {
        List<Entry> out = new ArrayList<>();
        for (int i = firstAtOrAfter(from); i < entries.size() && entries.get(i).start() < to; i++) {
            Entry e = entries.get(i);
            if (e.end() <= to) out.add(e);
        }
        return out;
    }

    /** Longest mention looked back over: a mention starting this far before a word never covers it. */
    private static final int MAX_MENTION_CHARS = 200;

    /**
     * True when a mention covers any of [from, to): "Cross" in "the Red Cross" is part of a name even though no
     * mention lies inside the word alone.
     */
    boolean overlaps(int from, int to) {
        for (int i = firstAtOrAfter(to) - 1; i >= 0 && entries.get(i).start() > from - MAX_MENTION_CHARS; i--) {
            if (entries.get(i).end() > from) return true;
        }
        return false;
    }

    /** The last person or organisation mention ending at or before {@code offset}. */
    Optional<Entry> lastBefore(int offset, EntityType type) {
        return lastBefore(offset, type, e -> true);
    }

    /** As {@link #lastBefore(int, EntityType)}, among the mentions {@code keep} accepts. */
    Optional<Entry> lastBefore(int offset, EntityType type, java.util.function.Predicate<Entry> keep) {
        for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            if (e.end() <= offset && e.type() == type && e.mention().kind() != Mention.Kind.PRONOUN && keep.test(e)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The surface forms of the entity's name mentions, in text order (empty for no entity). */
    List<String> formsOf(String entityId) {
        if (entityId == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.entityId().equals(entityId) && e.mention().kind() == Mention.Kind.NAME) out.add(e.mention().text());
        }
        return out;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
