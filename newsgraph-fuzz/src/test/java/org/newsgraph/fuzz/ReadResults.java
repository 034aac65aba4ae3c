package org.newsgraph.fuzz;

import java.util.function.Consumer;
import org.newsgraph.io.read.ReadResult;

/**
 * What every reader promises for any input, checked on each result of a fuzzed input: a failure says why in one
 * non-empty line; an article has an id and some text. A thrown exception is a finding by itself.
 */
final class ReadResults {
    private ReadResults() {
    }

    static final Consumer<ReadResult> CHECK = ReadResults::check;

    static void check(ReadResult r) {
        if (r.article().isPresent() == r.error().isPresent()) throw new IllegalStateException("an article or an error, not both nor none: " + r);
        r.error().ifPresent(e -> {
            if (e.isBlank() || e.contains("\n")) throw new IllegalStateException("a failure must say why in one line: [" + e + "]");
        });
        r.article().ifPresent(a -> {
            if (a.id() == null || a.body().isBlank()) throw new IllegalStateException("an article without id or text: " + a.id());
        });
    }
}
