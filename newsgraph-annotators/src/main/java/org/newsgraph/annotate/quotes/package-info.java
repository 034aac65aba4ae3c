/**
 * Quotes with speakers, and "according to X" attributions: {@link org.newsgraph.annotate.quotes.QuoteAnnotator}.
 *
 * <p>How it reads an article:
 * <ol>
 *   <li>{@code QuoteMarkScanner} and {@code DialogueScanner} find direct quotes (every quoting style, dialogue dashes);
 *       {@code DirectQuoteFilter} drops fragments under three words, names and titles of works.</li>
 *   <li>Sentences are grouped into units so that a quote running over several sentences is read once;
 *       {@code UnitReader} reads each unit for verbs of saying (forward "X a déclaré que …", inverted "…, said X"),
 *       speech cues ("по словам X"), source cues ("selon X", "according to X", "по данным X"), "as X said" and back
 *       references ("Об этом сообщил X" credits the previous sentence).</li>
 *   <li>{@code SpeakerFinder} reads the speaker out of the words around the cue: an entity mention first, else a
 *       description with its speaker noun, a capitalised name, a pronoun; {@code SpeakerResolver} resolves pronouns
 *       and descriptions that refer back to earlier speakers, in text order.</li>
 * </ol>
 *
 * <p>Decisions: "по словам X" / "selon lui" are speech (the clause is a quote); "selon X", "according to X",
 * "по данным X" are sources (an {@link org.newsgraph.core.model.Attribution} of the sentence, not a quote). Every quote
 * with a speaker is also an attribution of its own span, so the figures annotator credits the figures a quote holds.
 * A pronoun resolved to an entity keeps the pronoun as the speaker's text and the entity's id; resolved to a speaker
 * without entity, it takes that speaker's text. Verbs, cues and speaker words are the language packs' data
 * ({@code speech-verbs.tsv}, {@code speech-cues.tsv}, {@code speaker-words.tsv}); a language without them yields no
 * quotes.
 */
package org.newsgraph.annotate.quotes;
