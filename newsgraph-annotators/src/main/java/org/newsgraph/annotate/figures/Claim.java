package org.newsgraph.annotate.figures;

import org.newsgraph.core.Span;

/**
 * Someone credited in a sentence: by "according to X" ({@code according}) or as the subject of a verb of saying,
 * with the offset of the cue and the span naming the source (already resolved when the text used a pronoun).
 * {@code named} when the source is named by a proper name rather than described ("news reports", "les autorités"):
 * only named sources stand for later pronouns.
 */
record Claim(int at, Span source, boolean according, boolean pronoun, boolean named) {
}
