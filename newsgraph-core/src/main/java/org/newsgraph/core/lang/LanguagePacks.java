package org.newsgraph.core.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** The language packs on the classpath, found with {@link ServiceLoader}. */
public final class LanguagePacks {
    private static final Map<String, LanguagePack> PACKS = load();

    private LanguagePacks() {
    }

    private static Map<String, LanguagePack> load() {
        Map<String, LanguagePack> m = new TreeMap<>();
        for (LanguagePack p : ServiceLoader.load(LanguagePack.class, LanguagePacks.class.getClassLoader())) {
            m.putIfAbsent(p.code(), p);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The pack for a language code, or empty when no pack for it is installed. */
    public static Optional<LanguagePack> find(String code) {
        return Optional.ofNullable(PACKS.get(code));
    }

    /** The pack for a language code; throws naming the installed languages when there is none. */
    public static LanguagePack expect(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException(
                "no language pack for '" + code + "': installed are " + PACKS.keySet()));
    }

    public static Collection<LanguagePack> all() {
        return PACKS.values();
    }
}
