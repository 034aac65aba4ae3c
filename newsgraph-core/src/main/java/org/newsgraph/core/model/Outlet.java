package org.newsgraph.core.model;

import java.util.List;
import java.util.Optional;

/**
 * The publisher of an article and how we know it ({@code url}, {@code footer}, {@code byline}, {@code metadata}),
 * with what the outlet registry knows of it, and wire agencies credited in the text.
 */
public record Outlet(String name, Optional<String> domain, String evidence, Optional<String> country,
                     Optional<String> affiliation, List<String> wires) {

    public Outlet {
        wires = List.copyOf(wires);
    }
}
