package org.newsgraph.core.lang;

/**
 * Everything the engine knows of one language, as data: lexicons of speech verbs, number words, months, weekdays,
 * roles, measures, abbreviations, stop words… Annotators ask the pack of the document's language for a lexicon by
 * name, declared once as a {@link LexiconSpec}; they never test the language code themselves. A new language is one module with its data files and one
 * small subclass of {@link ResourceLanguagePack}, registered as a {@code java.util.ServiceLoader} provider.
 */
public interface LanguagePack {

    /** ISO 639-1 code, e.g. {@code fr}. */
    String code();

    /** English name of the language, for messages. */
    String displayName();

    /**
     * The named lexicon, or an empty one when this language has none of that name. Unchecked: readers declare a
     * {@link LexiconSpec} and call {@link #lexicon(LexiconSpec)}. Fails when the name is not in the one naming
     * style (lower-case words joined by hyphens), so an old spelling cannot silently read as empty.
     */
    Lexicon lexicon(String name);

    /**
     * The lexicon a spec declares, checked against it: a missing required lexicon or a row that does not fit the
     * columns throws {@link LexiconException} naming the file, the line and what to do. An absent optional lexicon
     * is empty.
     */
    Lexicon lexicon(LexiconSpec spec);
}
