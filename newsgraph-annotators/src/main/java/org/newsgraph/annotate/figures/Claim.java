package org.newsgraph.annotate.figures;

import org.newsgraph.core.Span;

/**
 * Someone credited in a sentence: by "according to X" ({@code according}) or as the subject of a verb of saying,
 * with the offset of the cue and the span naming the source (already resolved when the text used a pronoun).
 * {@code named} when the source is named by a proper name rather than described ("news reports", "les autorités"):
 * only named sources stand for later pronouns. {@code denial} when the verb denies instead of saying ("a démenti",
 * "опроверг"): its subject is the denier, never the source of what it denies.
 */
record Claim(int at, Span source, boolean according, boolean pronoun, boolean named, boolean denial) {
    Claim(int at, Span source, boolean according, boolean pronoun, boolean named) {
        this(at, source, according, pronoun, named, false);
    }

    /** The same claim read as a denial: its subject denies what follows ("the ministry denied reports of …"). */
    Claim asDenial() {
        return new Claim(at, source, according, pronoun, named, true);
    }
}
