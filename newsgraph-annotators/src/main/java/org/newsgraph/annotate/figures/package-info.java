/**
 * Figures: how many people were killed, injured, arrested, missing, displaced, evacuated or took part, and who the
 * article says so. {@link org.newsgraph.annotate.figures.FigureAnnotator} is the front door; everything else is
 * package-private.
 *
 * <p>The flow, sentence by sentence: {@code TokReader} (the shared {@code WORDS} pieces glued into words; digits read whole by {@code DigitReader}) →
 * {@code AmountReader} (approximators, number words, scale words, ranges) → {@code CandidateFinder} (what each
 * amount counts, from the words after and before it; dates, units, codes and names ruled out) → {@code SubsetLinker}
 * (part_of and measures shared between related figures) → {@code EarlierWhole} (a list of people counts takes the
 * measure of its whole in the sentence before) → {@code SourceFinder} (quotes, attributions, verbs of saying,
 * pronouns, the next sentence) → {@code Deduplicator}.
 *
 * <p>Language knowledge is data in each language module: {@code figure-numbers}, {@code figure-format},
 * {@code figure-approximators}, {@code figure-ranges}, {@code figure-measures}, {@code figure-not-counts},
 * {@code figure-subsets} and {@code figure-sources} ({@code .tsv}, each file documents its columns). The source cues
 * are a minimal fallback: when the quotes annotator's {@code QUOTES} and {@code ATTRIBUTIONS} layers are present they
 * take precedence, and {@code ENTITIES} turns a source phrase into an entity reference.
 */
package org.newsgraph.annotate.figures;
