package org.newsgraph.core.model;

/**
 * "Selon X", "according to X", "по данным X": the source X of the claims in {@code scope} (usually the clause or
 * sentence that the phrase governs). Not a quote; the figures layer uses it to credit figures.
 */
public record Attribution(Reference source, int scopeStart, int scopeEnd) {
}
