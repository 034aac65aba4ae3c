package org.newsgraph.lang.fr;

import org.newsgraph.core.lang.ResourceLanguagePack;

/** French: its lexicons are the {@code .tsv} files of this package. */
public final class French extends ResourceLanguagePack {
    public French() {
        super("fr", "French");
    }
}
