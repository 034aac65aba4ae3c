package org.newsgraph.core.lang;

import java.util.List;

/**
 * The lexicon contracts read by more than one module, declared once here so that every reader goes through the same
 * spec: the core {@link org.newsgraph.core.text.Normalizer}'s folding rules, elided words (the segmenter, the speech
 * reader and the name finder), the time vocabulary (the times annotator, and io's page dates, which read month
 * names before the language is known) and country aliases (the comparison rules of {@code facts}). The language
 * pack test kit checks these along with the lexicons the annotators declare.
 */
public final class CoreLexicons {
    /** Letters the language folds to another in the comparison form (Russian ё → е). */
    public static final LexiconSpec FOLDING = LexiconSpec.named("folding").column("letter", LexiconSpec.Type.TEXT)
            .column("folded", LexiconSpec.Type.TEXT).optional();
    /**
     * Elided words that end at an apostrophe ("l", "qu"), without it, and the word each stands for when it has one
     * ("d" → "de"): the name finder lets an elided connector join a name as the full connector would.
     */
    public static final LexiconSpec ELISIONS = LexiconSpec.named("elisions").column("word", LexiconSpec.Type.TEXT)
            .optionalColumn("full form", LexiconSpec.Type.TEXT).optional();
    /** Time words: phrase, category (MONTH, WEEKDAY, …), value, flags. */
    public static final LexiconSpec TIMES_WORDS = LexiconSpec.named("times-words")
            .column("phrase", LexiconSpec.Type.TEXT).column("category", LexiconSpec.Type.TEXT)
            .optionalColumn("value", LexiconSpec.Type.TEXT).optionalColumn("flags", LexiconSpec.Type.TEXT).required();
    /** Other names of a country in the language ("USA", "Royaume-Uni"), with its ISO 3166 code. */
    public static final LexiconSpec COUNTRY_ALIASES = LexiconSpec.named("country-aliases")
            .column("alias", LexiconSpec.Type.TEXT).column("country code", LexiconSpec.Type.TEXT).optional();
    /** Every spec above. */
    public static final List<LexiconSpec> ALL = List.of(FOLDING, ELISIONS, TIMES_WORDS, COUNTRY_ALIASES);

    private CoreLexicons() {
    }
}
