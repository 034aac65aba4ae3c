package org.newsgraph.core.lang;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language pack whose lexicons are classpath resources next to the subclass:
 * {@code <package of the subclass>/<name>.tsv}. Lexicons are read once and cached.
 */
public abstract class ResourceLanguagePack implements LanguagePack {
    private final String code;
    private final String displayName;
    private final Map<String, Lexicon> cache = new ConcurrentHashMap<>();
    /** Lexicons already checked against a spec: a spec is checked once per pack. */
    private final Map<LexiconSpec, Lexicon> checked = new ConcurrentHashMap<>();

    protected ResourceLanguagePack(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final String displayName() {
        return displayName;
    }

    @Override
    public final Lexicon lexicon(String name) {
        LexiconSpec.checkName(name);
        return cache.computeIfAbsent(name, this::load);
    }

    @Override
    public final Lexicon lexicon(LexiconSpec spec) {
        return checked.computeIfAbsent(spec, this::loadChecked);
    }

    private Lexicon loadChecked(LexiconSpec spec) {
        String file = resourcePath(spec.fileName());
        if (getClass().getResource(spec.fileName()) == null) {
            if (!spec.required()) return Lexicon.empty();
            throw new LexiconException("language pack '" + code + "' (" + displayName + ") has no lexicon "
                    + file + ", which every pack needs (" + spec.layout() + "): add the file"
                    + " (see docs/adding-a-language.md)");
        }
        Lexicon lexicon = lexicon(spec.name());
        spec.check(lexicon, file);
        return lexicon;
    }

    /** Where a file of this pack lives on the class path, for messages. */
    private String resourcePath(String fileName) {
        return getClass().getPackageName().replace('.', '/') + "/" + fileName;
    }

    private Lexicon load(String name) {
        InputStream in = getClass().getResourceAsStream(name + ".tsv");
        return in == null ? Lexicon.empty() : Lexicon.read(code + "/" + name, in);
    }

    @Override
    public String toString() {
        return displayName + " (" + code + ")";
    }
}
