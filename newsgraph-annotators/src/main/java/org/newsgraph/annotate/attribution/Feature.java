package org.newsgraph.annotate.attribution;

import java.util.Locale;
import java.util.Optional;

/**
 * The named features of an attribution candidate. Each is a number, mostly 0 or 1; the weights that combine them are
 * fitted by {@code scripts/fit-attribution.sh} and read from {@code weights.tsv}, never set by hand.
 */
public enum Feature {
    /** 1 for every candidate: its weight is how far any candidate stands above "nobody" (score zero). */
    CANDIDATE,
    /** Slot: the subject of the verb of saying, before or after it (inverted), as the clause reading found it. */
    SLOT_SUBJECT,
    /** Slot: the complement of a cue ("selon X", "according to X", "по словам X") or a passive agent. */
    SLOT_CUE,
    /** Slot: a name in apposition to the phrase the reading found ("the spokesman, Jane Doe,"). */
    SLOT_APPOSITION,
    /** Slot: the earlier speaker a pronoun or a bare description was resolved to by text order. */
    SLOT_RESOLVED,
    /** Slot: the speaker of the previous quote, for a quote with no cue of its own (a continuation). */
    SLOT_PREVIOUS_SPEAKER,
    /** Slot: a person named elsewhere with the words of the role phrase beside the name. */
    SLOT_ROLE_HOLDER,
    /** Slot: a person or organisation mentioned in the sentence or the one before. */
    SLOT_NEARBY_ENTITY,
    /** Slot: the publisher of data the figure's sentence cites ("selon les données publiées"). */
    SLOT_PUBLISHED_DATA,
    /** Slot: the figure lies inside a quote or reported clause, and this is its speaker. */
    SLOT_QUOTE_SPEAKER,
    /** The candidate is an entity of the entities layer. */
    HAS_ENTITY,
    PERSON,
    ORGANISATION,
    PLACE,
    /** A bare pronoun ("il", "she") that no antecedent replaced. */
    UNRESOLVED_PRONOUN,
    /** A short definite description that refers back ("the official", "министр"), as the reading found it. */
    REFERRING_DESCRIPTION,
    /** The candidate named nearest to the quote or figure, in sentences then words, of all its candidates. */
    NEAREST,
    /** Words of a description without entity, log-scaled: the more specific phrase wins ("a senior official"). */
    DESCRIPTION_WORDS,
    /** The description holds a speaker noun of the language ("official", "porte-parole", "министр"). */
    HAS_SPEAKER_NOUN,
    /** Words between the candidate and the cue, log-scaled. */
    TOKEN_DISTANCE,
    /** Sentences between the candidate and the quote or figure. */
    SENTENCE_DISTANCE,
    /** +1 when gender and number agree with the pronoun, role or verb form; -1 when they clash; 0 unknown. */
    AGREEMENT,
    /** Mentions of the candidate's entity so far, log-scaled. */
    SALIENCE,
    /** The candidate stands where a channel stands: addressee of "told", relay in "quoted by", a medium or agency. */
    CHANNEL,
    /** The candidate is a document ("the report", "le communiqué") rather than who wrote it. */
    DOCUMENT,
    /** Share of the role phrase's words found beside the candidate's name. */
    ROLE_MATCH,
    /** Another candidate of the same kind stands between this one and the cue. */
    INTERVENING;

    /** The name used in the weights file and the explanations: lower case with dashes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<Feature> ofKey(String key) {
        for (Feature f : values()) if (f.key().equals(key)) return Optional.of(f);
        return Optional.empty();
    }
}
