package org.newsgraph.io.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.model.Framing;

/** The one-line article summary of the framing layer: "3 loaded terms, 2 unsourced figures, 1 historical place name". */
public final class FramingSummary {
    private FramingSummary() {
    }

    public static String of(List<Framing> framing) {
        Map<Framing.Kind, Integer> counts = new EnumMap<>(Framing.Kind.class);
        for (Framing f : framing) counts.merge(f.kind(), 1, Integer::sum);
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Framing.Kind, Integer> e : counts.entrySet()) parts.add(count(e.getValue(), e.getKey()));
        return parts.isEmpty() ? "nothing flagged" : String.join(", ", parts);
    }

    private static String count(int n, Framing.Kind kind) {
        String one = switch (kind) {
            case LOADED_TERM -> "loaded term";
            case HISTORICAL_NAME -> "historical place name";
            case UNSOURCED_FIGURE -> "unsourced figure";
            case HEDGE -> "hedge";
        };
        if (n == 1) return "1 " + one;
        return n + " " + (one.endsWith("name") ? one.replace("name", "names") : one.replace("term", "terms")
                .replace("figure", "figures").replace("hedge", "hedges"));
    }
}
