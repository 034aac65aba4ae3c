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
        return cache.computeIfAbsent(name, this::load);
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
