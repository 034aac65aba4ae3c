package org.newsgraph.facts;

import java.util.ArrayList;
import java.util.List;

/** The words of a name, split at spaces, hyphens, dots and other non-letters ("Kassym-Jomart Tokayev" → 3). */
public final class NameWords {
    private NameWords() {
    }

    public static List<String> of(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.split("[^\\p{L}\\p{N}'’]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
