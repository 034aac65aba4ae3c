package org.newsgraph.lang.en;

import org.newsgraph.core.lang.ResourceLanguagePack;

/** English: its lexicons are the {@code .tsv} files of this package. */
public final class English extends ResourceLanguagePack {
    public English() {
        super("en", "English");
    }
}
