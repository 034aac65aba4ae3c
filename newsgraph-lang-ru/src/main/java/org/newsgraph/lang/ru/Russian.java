package org.newsgraph.lang.ru;

import org.newsgraph.core.lang.ResourceLanguagePack;

/** Russian: its lexicons are the {@code .tsv} files of this package. */
public final class Russian extends ResourceLanguagePack {
    public Russian() {
        super("ru", "Russian");
    }
}
