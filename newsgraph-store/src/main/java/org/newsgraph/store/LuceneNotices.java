package org.newsgraph.store;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene logs at start-up that the JDK's incubating vector module is not enabled; the store works the same without
 * it, and a command-line user cannot act on the message, which would break the one-line answers of the commands
 * ({@code store check} included). Every entry point into Lucene calls {@link #quiet()} first.
 */
final class LuceneNotices {
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTORIZATION.setLevel(Level.SEVERE);
    }

    private LuceneNotices() {
    }

    /** Makes sure the start-up notice is silenced (the work is done once, when this class loads). */
    static void quiet() {
        // loading the class did it
    }
}
