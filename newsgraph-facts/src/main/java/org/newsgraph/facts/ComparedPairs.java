package org.newsgraph.facts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses, for each report of a time-ordered group, the earlier reports it is compared with, so that a story that
 * runs for months (a war's daily tolls) costs work linear in its reports instead of one comparison per pair:
 * the {@code neighbours} reports just before it (in a group of at most {@code neighbours + 1} reports, that is
 * every pair), plus, further back, the latest report of its own source (its revisions) and the latest report of
 * each of the {@code sources} sources heard from most recently. Walk the group once, in order, with
 * {@link #earlierPartners(int)}.
 */
final class ComparedPairs {
    private final List<Optional<String>> sourceKeys;
    private final int neighbours;
    private final int sources;
    /** source key → index of its latest report so far; iteration order: least recently heard first */
    private final LinkedHashMap<String, Integer> latestBySource = new LinkedHashMap<>();
    private int next;

    /** {@code sourceKeys}: the {@link Report#sourceKey()} of each report of the group, in the group's order. */
    ComparedPairs(List<Optional<String>> sourceKeys, int neighbours, int sources) {
        this.sourceKeys = sourceKeys;
        this.neighbours = neighbours;
        this.sources = sources;
    }

    /**
     * The indices, ascending, of the earlier reports that report {@code j} is compared with. Calls must come in
     * order: 0, 1, 2…
     */
    int[] earlierPartners(int j) {
        if (j != next) throw new IllegalStateException("reports must be walked in order: expected " + next + ", got " + j);
        next++;
        int windowStart = Math.max(0, j - neighbours);
        int[] beyond = new int[sources + 1];
        int count = 0;
        String own = sourceKeys.get(j).orElse(null);
        Integer ownLatest = own == null ? null : latestBySource.get(own);
        if (ownLatest != null && ownLatest < windowStart) beyond[count++] = ownLatest;
        // most recently heard first: their latest reports come in descending order, so the ones inside the window
        // (at most `neighbours` of them) are skipped before any older one is taken
        int taken = 0;
        for (Map.Entry<String, Integer> e : latestBySource.reversed().entrySet()) {
            if (taken >= sources) break;
            int i = e.getValue();
            if (i >= windowStart) continue;
            taken++;
            if (ownLatest == null || i != ownLatest) beyond[count++] = i;
        }
        int[] out = new int[count + (j - windowStart)];
        System.arraycopy(beyond, 0, out, 0, count);
        Arrays.sort(out, 0, count);
        for (int i = windowStart; i < j; i++) out[count++] = i;
        if (own != null) {
            latestBySource.remove(own);
            latestBySource.put(own, j);
        }
        return out;
    }
}
