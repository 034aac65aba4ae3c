package org.newsgraph.core.lang;

/**
 * Everything the engine knows of one language, as data: lexicons of speech verbs, number words, months, weekdays,
 * roles, measures, abbreviations, stop words… Annotators ask the pack of the document's language for a lexicon by
 * name; they never test the language code themselves. A new language is one module with its data files and one
 * small subclass of {@link ResourceLanguagePack}, registered as a {@code java.util.ServiceLoader} provider.
 */
public interface LanguagePack {

    /** ISO 639-1 code, e.g. {@code fr}. */
    String code();

    /** English name of the language, for messages. */
    String displayName();

    /** The named lexicon, or an empty one when this language has none of that name. */
    Lexicon lexicon(String name);
}
