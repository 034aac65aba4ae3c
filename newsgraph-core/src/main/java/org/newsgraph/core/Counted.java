package org.newsgraph.core;

/**
 * A count with its noun for the one-line summaries the tools print ("1 article", "2 articles"). Every summary of the
 * command line, the store and the server goes through here so that none of them says "1 articles".
 */
public final class Counted {

    private Counted() {
    }

    /** {@code n} followed by {@code noun}, with an "s" unless {@code n} is one. Nouns here take a regular plural. */
    public static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
