package org.newsgraph.lang.xx;

import org.newsgraph.core.lang.ResourceLanguagePack;

/**
 * A made-up language, "Xx", with only the lexicons every pack must have: it proves that a new language is one
 * module of data files and this one small class (docs/adding-a-language.md). Test scope only.
 */
public final class Fake extends ResourceLanguagePack {
    public Fake() {
        super("xx", "Fake");
    }
}
