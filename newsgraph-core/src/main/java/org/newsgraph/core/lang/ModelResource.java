package org.newsgraph.core.lang;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A trained model or fitted weights an annotator loads from its resources, declared next to its lexicons so that the
 * language pack test kit can check it is shipped and loads: a name recogniser model per language, the attribution
 * weights shared by all.
 *
 * @param name what it is and where it lives, for messages ("name recogniser model ner-LANG.bin.gz")
 * @param perLanguage whether there is one per language (a language may lack one; the annotator then does without)
 * @param loader loads it for a language code (ignored when not per language): empty when it is absent; throws,
 *               saying what is wrong, when it is present but unreadable
 */
public record ModelResource(String name, boolean perLanguage, Function<String, Optional<?>> loader) {

    /** One resource per language, loaded by code. */
    public static ModelResource perLanguage(String name, Function<String, Optional<?>> loader) {
        return new ModelResource(name, true, loader);
    }

    /** One resource for every language. */
    public static ModelResource shared(String name, Supplier<Optional<?>> loader) {
        return new ModelResource(name, false, language -> loader.get());
    }

    /** Loads the resource (for {@code language} when per language): empty when absent. */
    public Optional<?> load(String language) {
        return loader.apply(language);
    }
}
