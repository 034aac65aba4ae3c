package org.newsgraph.annotate.figures;

import org.newsgraph.core.Span;

/**
 * Someone credited in a sentence: by "according to X" ({@code according}) or as the subject of a verb of saying,
 * with the offset of the cue and the span naming the source (already resolved when the text used a pronoun).
 */
record Claim(int at, Span source, boolean according, boolean pronoun) {
}
