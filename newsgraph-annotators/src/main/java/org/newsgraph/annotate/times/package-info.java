/**
 * Temporal expressions resolved against the article: {@link org.newsgraph.annotate.times.TimeAnnotator} produces
 * {@link org.newsgraph.core.Layers#TIMES}.
 *
 * <p>How it works, in the order of the classes:
 * <ol>
 *   <li>{@code TimeTokenizer} cuts the text into letters, digits and single signs ("20h00" is 20, h, 00), each with a
 *       folded key (lower case, no diacritics).</li>
 *   <li>{@code TimeGrammar} holds one language's rules, all data in the language module:
 *       {@code times-words.tsv} (term, category, value: {@code janvier MONTH 1}, {@code heure de Moscou ZONE
 *       Europe/Moscow}) and {@code times-patterns.tsv} (sequences of categories, number shapes and literals:
 *       {@code DAY +ORDSUF? MONTH YEAR?}). At each token the longest match wins; patterns named {@code skip-…}
 *       consume sets and durations so that nothing inside them is read as a time.</li>
 *   <li>{@code TimeFrame} is what the matched words say, field by field; {@code TimeResolver} turns it into a
 *       TIMEX3 value against the publication date and the last day the text named. It knows no language.</li>
 *   <li>{@code ZoneInference} gives an unzoned clock time the offset implied by its restatement in a named zone
 *       ("20h00 (17h00 heure de Moscou)" → +06:00); otherwise the zone of the article's places, when they agree.</li>
 * </ol>
 * Adding a language means adding its two data files; no code changes.
 */
package org.newsgraph.annotate.times;
